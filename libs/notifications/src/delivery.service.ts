import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock } from '@app/clock';
import type { NotificationEntity } from './notification.entity';
import { NotificationChannel, NotificationKind, NotificationStatus } from './notification.enums';
import { NotificationRepository } from './notification.repository';
import { MailTransport, type MailAttachment } from './mail-transport.service';
import { SmsNumbers } from './sms-numbers.service';
import { SmsSendError, SmsTransport } from './sms-transport';
import { TemplateRenderer } from './template-renderer.service';

/** What a message needs beyond its row: fresh data, secrets derived at send time, attachments. */
export interface MessageContext {
  vars: Record<string, unknown>;
  attachments?: MailAttachment[];
  /** Set when the message should not go out any more (cancelled, purged, expired). */
  skipReason?: string;
}

export interface MessageContextResolver {
  resolve(notification: NotificationEntity): Promise<MessageContext>;
}

export const MESSAGE_CONTEXT_RESOLVER = Symbol('MESSAGE_CONTEXT_RESOLVER');

export type DeliveryOutcome = 'sent' | 'skipped' | 'failed' | 'not-pending';

/** What one attempt did, and to which kind of message (for the metrics). */
export interface DeliveryResult {
  outcome: DeliveryOutcome;
  kind: NotificationKind | null;
}

/** Thrown for a temporary failure: the queue retries the job with backoff. */
export class TemporaryDeliveryError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'TemporaryDeliveryError';
  }
}

/** Another attempt holds the row until `until`: try again then (it may have crashed mid-send). */
export class LeaseHeldError extends TemporaryDeliveryError {
  constructor(readonly until: Date) {
    super('another attempt holds this message');
    this.name = 'LeaseHeldError';
  }
}

/** How long one attempt owns a row; longer than the transport's own timeouts. */
const LEASE_MS = 90_000;

/**
 * Sends one notification, once. The row decides: a row that is not PENDING is not sent again,
 * and an attempt first takes a lease on the row so that two runs of the same job (a stalled job,
 * a relay that queued it again) never both send.
 */
@Injectable()
export class DeliveryService {
  private readonly logger = new Logger(DeliveryService.name);

  constructor(
    private readonly notifications: NotificationRepository,
    private readonly renderer: TemplateRenderer,
    private readonly transport: MailTransport,
    private readonly sms: SmsTransport,
    private readonly numbers: SmsNumbers,
    private readonly clock: Clock,
    @Inject(MESSAGE_CONTEXT_RESOLVER) private readonly contexts: MessageContextResolver,
  ) {}

  async deliver(id: string, options: { finalAttempt: boolean }): Promise<DeliveryResult> {
    const row = await this.notifications.findById(id);
    if (!row || row.status !== NotificationStatus.PENDING) return { outcome: 'not-pending', kind: row?.kind ?? null };
    const result = (outcome: DeliveryOutcome): DeliveryResult => ({ outcome, kind: row.kind });
    const now = this.clock.now();
    if (!row.recipient) {
      await this.notifications.markSkipped(id, now, 'recipient removed');
      return result('skipped');
    }
    const context = await this.contexts.resolve(row);
    if (context.skipReason) {
      await this.notifications.markSkipped(id, now, context.skipReason);
      return result('skipped');
    }
    const recipient = row.recipient;
    const text = row.channel === NotificationChannel.SMS;
    const reply = row.kind === NotificationKind.SMS_KEYWORD_REPLY;
    // A number that texted STOP gets nothing more, but the reply that confirms it; the first text to a number says how to stop.
    const number = text && !reply ? await this.numbers.stateOf(recipient) : null;
    if (number?.stopped) {
      await this.notifications.markSkipped(id, now, 'the number texted STOP');
      return result('skipped');
    }
    const introduce = !!number && !number.introduced;
    const vars = { ...row.params, ...context.vars, introduce };
    // Rendered now, sent once the row is ours; a message its templates cannot write fails for good (retryable once fixed).
    let send: () => Promise<string>;
    try {
      send = text ? this.textSender(row.kind, recipient, vars) : this.mailSender(row, vars, context);
    } catch (error) {
      await this.notifications.markFailed(id, now, `the message could not be written: ${(error as Error).message}`);
      return result('failed');
    }
    if (!(await this.notifications.claim(id, now, new Date(now.getTime() + LEASE_MS)))) {
      // Another attempt holds it (or held it and crashed): try again once its lease has run out.
      const current = await this.notifications.findById(id);
      if (!current || current.status !== NotificationStatus.PENDING) return { outcome: 'not-pending', kind: row.kind };
      throw new LeaseHeldError(current.leaseUntil ?? new Date(now.getTime() + LEASE_MS));
    }
    // A STOP that came in meanwhile left this row to us (we held it): honoured here.
    if (number && (await this.numbers.isStopped(recipient))) {
      await this.notifications.markSkipped(id, this.clock.now(), 'the number texted STOP');
      return result('skipped');
    }

    let messageId: string;
    try {
      messageId = await send();
    } catch (error) {
      const failure = text ? smsFailure(error) : MailTransport.classify(error);
      if (failure.permanent || options.finalAttempt) {
        await this.notifications.markFailed(id, this.clock.now(), failure.reason);
        this.logger.warn({ notificationId: id, kind: row.kind, reason: failure.reason }, 'message failed');
        return result('failed');
      }
      await this.notifications.recordError(id, this.clock.now(), failure.reason);
      throw new TemporaryDeliveryError(failure.reason);
    }
    await this.notifications.markSent(id, this.clock.now(), messageId);
    if (introduce) await this.numbers.markIntroduced(recipient, this.clock.now());
    return result('sent');
  }

  private textSender(kind: NotificationKind, to: string, vars: Record<string, unknown>): () => Promise<string> {
    const body = this.renderer.renderText(kind, vars);
    return () => this.sms.send(to, body);
  }

  /** The e-mail, rendered now, sent when called. */
  private mailSender(row: NotificationEntity, vars: Record<string, unknown>, context: MessageContext): () => Promise<string> {
    const message = this.renderer.render(row.kind, vars);
    const messageId = `<${row.id}@${this.transport.domain}>`;
    return async () => {
      await this.transport.send({
        to: row.recipient as string,
        subject: row.subject,
        html: message.html,
        text: message.text,
        messageId,
        attachments: context.attachments,
      });
      return messageId;
    };
  }
}

/** The gateway's refusals carry whether to try again; anything else (a bug, a socket) is worth one more try. */
function smsFailure(error: unknown): { permanent: boolean; reason: string } {
  if (error instanceof SmsSendError) return { permanent: error.permanent, reason: error.message };
  return { permanent: false, reason: error instanceof Error ? error.message : String(error) };
}
