import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string;
  subject: string;
  html: string;
  text: string;
  messageId: string;
  /** When the server accepted it (ms since the epoch). */
  receivedAt: number;
  attachments: ParsedMail['attachments'];
  raw: ParsedMail;
}

type Rejection = { code: number; message: string } | null;

/**
 * A real SMTP server in the test process (smtp-server), parsing each message with mailparser.
 * It can be told to refuse recipients, temporarily (4xx) or for good (5xx).
 */
export class SmtpSink {
  readonly messages: ReceivedMail[] = [];
  private server: SMTPServer | null = null;
  private rejectAll: Rejection = null;
  private readonly rejectAddresses = new Map<string, Rejection>();
  private waiters: Array<() => void> = [];
  /** Milliseconds the server waits before accepting each message (a slow mail server). */
  delayMs = 0;
  port = 0;

  async start(): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        const rejection = this.rejectAddresses.get(address.address.toLowerCase()) ?? this.rejectAll;
        if (rejection) {
          const error = Object.assign(new Error(rejection.message), { responseCode: rejection.code });
          return callback(error);
        }
        callback();
      },
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then(async (parsed) => {
            if (this.delayMs) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
            this.messages.push({
              to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()).join(','),
              subject: parsed.subject ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : '',
              text: parsed.text ?? '',
              messageId: parsed.messageId ?? '',
              receivedAt: Date.now(),
              attachments: parsed.attachments,
              raw: parsed,
            });
            for (const wake of this.waiters.splice(0)) wake();
            callback();
          })
          .catch(callback);
      },
    });
    // A client that vanishes mid-conversation (a worker killed on purpose) resets its socket: not a test failure.
    this.server.on('error', () => undefined);
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as AddressInfo).port;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Refuses every recipient with this answer until `acceptAll()`. */
  refuseAll(code: number, message = 'Try again later'): void {
    this.rejectAll = { code, message };
  }

  acceptAll(): void {
    this.rejectAll = null;
    this.rejectAddresses.clear();
  }

  refuse(address: string, code: number, message = 'Mailbox unavailable'): void {
    this.rejectAddresses.set(address.toLowerCase(), { code, message });
  }

  to(address: string): ReceivedMail[] {
    return this.messages.filter((m) => m.to === address.toLowerCase());
  }

  /** Waits until `predicate` holds for the received messages, or fails after `timeoutMs`. */
  async waitFor(predicate: (messages: ReceivedMail[]) => boolean, timeoutMs = 15_000, what = 'mail'): Promise<ReceivedMail[]> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.messages)) {
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(
          `Timed out waiting for ${what}; received: ${this.messages.map((m) => `${m.to}: ${m.subject}`).join(' | ') || 'nothing'}`,
        );
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.messages;
  }

  /** The first message to `address` whose subject matches (any subject when none is given). */
  async waitForMail(address: string, subject?: RegExp, timeoutMs = 15_000): Promise<ReceivedMail> {
    const wanted = (m: ReceivedMail) => m.to === address.toLowerCase() && (!subject || subject.test(m.subject));
    await this.waitFor((all) => all.some(wanted), timeoutMs, `mail to ${address} ${subject ?? ''}`);
    return this.messages.find(wanted)!;
  }

  async stop(): Promise<void> {
    if (this.server) await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = null;
  }
}
