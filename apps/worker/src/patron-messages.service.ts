import { Injectable } from '@nestjs/common';
import QRCode, { type QRCodeToBufferOptions } from 'qrcode';
import { calendarFile } from '@app/calendar';
import { AppConfig } from '@app/config';
import {
  languageOf,
  MailTransport,
  NotificationChannel,
  NotificationKind,
  TemplateRenderer,
  type MessageContext,
  type NotificationEntity,
} from '@app/notifications';
import { RegistrationsService, staleReason } from '@app/registrations';
import { SessionsService } from '@app/workshops';

/** Kinds whose e-mail carries the event for the patron's calendar. */
const WITH_CALENDAR = new Set([
  NotificationKind.REGISTRATION_CONFIRMED,
  NotificationKind.WAITLIST_PROMOTED,
  NotificationKind.SESSION_RESCHEDULED,
  NotificationKind.REGISTRATION_CANCELLED,
  NotificationKind.SESSION_CANCELLED,
]);
/** Kinds after which the patron holds a seat: the check-in QR code comes along. */
const WITH_QR = new Set([
  NotificationKind.REGISTRATION_CONFIRMED,
  NotificationKind.WAITLIST_PROMOTED,
  NotificationKind.SESSION_RESCHEDULED,
  NotificationKind.SESSION_REMINDER,
]);
/**
 * The check-in code: 240 px, and PNG rows filtered by "up" only. A QR code's rows repeat, so this
 * compresses about as well as the adaptive default, at half the CPU (a reminder fan-out renders one
 * per patron).
 */
const qrOptions = (): QRCodeToBufferOptions => ({
  margin: 2,
  width: 240,
  // pngjs's option, passed through by qrcode (its types list only the deflate ones). A new object
  // each time: qrcode writes the size into it.
  rendererOpts: { filterType: 2 } as QRCodeToBufferOptions['rendererOpts'],
});

/**
 * What a message to a patron needs at send time: their name (gone once purged), the manage link
 * (derived again from APP_SECRET, never stored), and the session as it is now for the calendar.
 */
@Injectable()
export class PatronMessages {
  constructor(
    private readonly registrations: RegistrationsService,
    private readonly sessions: SessionsService,
    private readonly transport: MailTransport,
    private readonly renderer: TemplateRenderer,
    private readonly config: AppConfig,
  ) {}

  async context(notification: NotificationEntity): Promise<MessageContext> {
    const [registration] = await this.registrations.findByIds([notification.registrationId as string]);
    if (!registration || registration.purgedAt) return { vars: {}, skipReason: 'the registration’s data was purged' };
    const session = await this.sessions.findById(registration.sessionId);
    if (!session) return { vars: {}, skipReason: 'the session is gone' };
    const stale = staleReason(notification.kind, notification.params, { registration, session });
    if (stale) return { vars: {}, skipReason: stale };
    const manageLink = this.registrations.manageLinkOf(registration);
    if (notification.channel === NotificationChannel.SMS) {
      // A text names no patron and no topic (lock screens are public) and carries the short link.
      return { vars: { publicUrl: this.config.publicUrl, shortLink: this.registrations.shortLinkOf(registration) } };
    }
    const vars = { publicUrl: this.config.publicUrl, patronName: registration.name, manageLink };
    const attachments: MessageContext['attachments'] = [];
    if (WITH_CALENDAR.has(notification.kind)) {
      const workshop = await this.sessions.workshopOf(session);
      const params = notification.params;
      const cancelled =
        notification.kind === NotificationKind.REGISTRATION_CANCELLED ||
        notification.kind === NotificationKind.SESSION_CANCELLED ||
        session.status === 'CANCELLED';
      const words = this.renderer.words(languageOf(params)).calendar;
      const ics = calendarFile(String(params.workshopTitle), [
        {
          uid: `registration-${registration.id}@${this.transport.domain}`,
          sequence: session.revision + registration.revision,
          startsAt: session.startsAt,
          endsAt: session.endsAt,
          timeZone: String(params.timeZone),
          summary: `${workshop?.title ?? params.workshopTitle} (${params.agencyName})`,
          description: `${workshop?.summary ?? ''}\n\n${words.manage}: ${manageLink}`.trim(),
          location: [params.branchName, params.roomName, params.branchAddress].filter(Boolean).join(', '),
          url: manageLink,
          cancelled,
        },
      ]);
      attachments.push({ filename: 'session.ics', content: ics, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' });
    }
    if (WITH_QR.has(notification.kind)) {
      attachments.push({
        filename: 'check-in.png',
        // One byte-mode segment: a link is bytes, and qrcode's search for the cheapest mix of
        // segment modes (a shortest-path search per code) is a fifth of its work.
        content: await QRCode.toBuffer([{ data: Buffer.from(manageLink), mode: 'byte' }], qrOptions()),
        contentType: 'image/png',
        cid: 'check-in-qr',
      });
    }
    return { vars: { ...vars, hasQr: WITH_QR.has(notification.kind) }, attachments };
  }
}
