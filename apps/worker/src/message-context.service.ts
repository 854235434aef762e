import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { AccountTokenService } from '@app/identity';
import { NotificationKind, type MessageContext, type MessageContextResolver, type NotificationEntity } from '@app/notifications';
import { PatronMessages } from './patron-messages.service';

/**
 * Gathers, at send time, what a message needs beyond its row: links with tokens derived from
 * APP_SECRET (never stored), and fresh data from the domain.
 */
@Injectable()
export class WorkerMessageContext implements MessageContextResolver {
  constructor(
    private readonly accountTokens: AccountTokenService,
    private readonly patrons: PatronMessages,
    private readonly config: AppConfig,
  ) {}

  async resolve(notification: NotificationEntity): Promise<MessageContext> {
    const base = { publicUrl: this.config.publicUrl };
    switch (notification.kind) {
      case NotificationKind.ACCOUNT_INVITATION:
      case NotificationKind.PASSWORD_RESET:
        return this.accountLink(notification, base);
      case NotificationKind.AGENCY_STATUS_CHANGED:
      case NotificationKind.PROPOSAL_SUBMITTED:
      case NotificationKind.PROPOSAL_DECIDED:
      case NotificationKind.CAPACITY_THRESHOLD:
      case NotificationKind.WAITLIST_DEMAND:
      case NotificationKind.LOW_REGISTRATION:
      case NotificationKind.SMS_KEYWORD_REPLY:
        return { vars: base };
      case NotificationKind.REGISTRATION_CONFIRMED:
      case NotificationKind.REGISTRATION_WAITLISTED:
      case NotificationKind.WAITLIST_PROMOTED:
      case NotificationKind.REGISTRATION_CANCELLED:
      case NotificationKind.SESSION_CANCELLED:
      case NotificationKind.SESSION_RESCHEDULED:
      case NotificationKind.SESSION_REMINDER:
      case NotificationKind.FOLLOW_UP:
        return this.patrons.context(notification);
      default: {
        const unhandled: never = notification.kind;
        throw new Error(`No message context for ${String(unhandled)}`);
      }
    }
  }

  private async accountLink(notification: NotificationEntity, base: Record<string, unknown>): Promise<MessageContext> {
    const row = await this.accountTokens.findById(String(notification.params.accountTokenId));
    if (!row || !this.accountTokens.isUsable(row)) return { vars: base, skipReason: 'the link was used or has expired' };
    const token = this.accountTokens.tokenOf(row);
    // The token travels in the fragment, which browsers never send to servers (or their logs).
    return { vars: { ...base, link: `${this.config.publicUrl}/account/password#token=${token}` } };
  }
}
