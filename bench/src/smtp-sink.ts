import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/**
 * A local SMTP server that accepts everything and keeps only what a benchmark needs about the
 * messages it counts (those to recipients `counts` accepts): when each arrived, to whom, and the
 * first one whole (to send the same one from a baseline).
 */
export class CountingSmtpSink {
  /** Arrival times (ms since the epoch), in order. */
  readonly arrivals: number[] = [];
  readonly recipients: string[] = [];
  first: Buffer | null = null;
  private server: SMTPServer | null = null;
  private waiters: Array<{ count: number; resolve: () => void }> = [];
  port = 0;

  constructor(private readonly counts: (recipient: string) => boolean = () => true) {}

  async start(): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      size: 10 * 1024 * 1024,
      onData: (stream, session, callback) => {
        const recipients = session.envelope.rcptTo.map((r) => r.address.toLowerCase()).filter(this.counts);
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => this.first === null && chunks.push(chunk));
        stream.on('end', () => {
          if (recipients.length === 0) return callback();
          if (this.first === null) this.first = Buffer.concat(chunks);
          this.arrivals.push(Date.now());
          this.recipients.push(...recipients);
          this.waiters = this.waiters.filter((w) => (this.arrivals.length >= w.count ? (w.resolve(), false) : true));
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as AddressInfo).port;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Forgets what arrived (the first message is kept). */
  reset(): void {
    this.arrivals.length = 0;
    this.recipients.length = 0;
  }

  /** Resolves once `count` messages have arrived; rejects after `timeoutMs`. */
  received(count: number, timeoutMs: number): Promise<void> {
    if (this.arrivals.length >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.arrivals.length} of ${count} messages after ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({
        count,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
