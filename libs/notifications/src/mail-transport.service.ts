import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { AppConfig } from '@app/config';
import { maskEmailsIn } from './mask-email';

export interface MailAttachment {
  filename: string;
  content: string | Buffer;
  contentType: string;
  /** Set for images shown inside the HTML part (<img src="cid:…">). */
  cid?: string;
}

export interface OutgoingMail {
  to: string;
  subject: string;
  html: string;
  text: string;
  messageId: string;
  attachments?: MailAttachment[];
  /** Extra headers, e.g. for calendar invitations. */
  headers?: Record<string, string>;
}

export interface SmtpFailure {
  permanent: boolean;
  reason: string;
}

/**
 * nodemailer over SMTP (a pooled connection), or, without SMTP_URL, one `.eml` file per message
 * under MAIL_DIR, so development needs no mail server.
 */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly logger = new Logger(MailTransport.name);
  private readonly transporter: Transporter;
  private readonly toFiles: boolean;
  private mailDirReady: Promise<unknown> | null = null;

  constructor(private readonly config: AppConfig) {
    this.toFiles = config.smtpUrl === null;
    this.transporter = this.toFiles
      ? nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' })
      : nodemailer.createTransport({
          url: config.smtpUrl as string,
          pool: true,
          maxConnections: Math.max(1, config.mailConcurrency),
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 30_000,
        });
  }

  /** The domain of MAIL_FROM, used to make Message-IDs. */
  get domain(): string {
    // "Commonroom <no-reply@commonroom.local>" or "no-reply@commonroom.local"
    const from = this.config.mailFrom.trim();
    const at = from.lastIndexOf('@');
    const domain = at === -1 ? '' : from.slice(at + 1, from.endsWith('>') ? -1 : undefined);
    return domain && !/[\s>]/.test(domain) ? domain : 'commonroom.local';
  }

  async send(mail: OutgoingMail): Promise<void> {
    const info = await this.transporter.sendMail({
      from: this.config.mailFrom,
      to: mail.to,
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
      messageId: mail.messageId,
      attachments: mail.attachments,
      headers: mail.headers,
    });
    if (this.toFiles) {
      this.mailDirReady ??= mkdir(this.config.mailDir, { recursive: true });
      await this.mailDirReady;
      // <notification-id@domain> → notification-id.eml
      const file = join(this.config.mailDir, `${mail.messageId.slice(1, mail.messageId.indexOf('@'))}.eml`);
      await writeFile(file, (info as unknown as { message: Buffer }).message);
    }
  }

  /** A 5xx answer is final (a rejected address); anything else (4xx, network) may pass later. */
  static classify(error: unknown): SmtpFailure {
    const e = (error ?? {}) as { responseCode?: number; response?: string; code?: string; message?: string };
    const permanent = typeof e.responseCode === 'number' && e.responseCode >= 500 && e.responseCode < 600;
    const reason = e.response ?? [e.code, e.message].filter(Boolean).join(': ') ?? 'unknown error';
    // Servers often quote the refused address; the reason is stored for coordinators (who see addresses masked) and logged.
    return { permanent, reason: maskEmailsIn(reason || 'unknown error') };
  }

  /** After the workers have drained (they stop before the application shuts down). */
  onApplicationShutdown(): void {
    this.transporter.close();
    this.logger.debug('mail transport closed');
  }
}
