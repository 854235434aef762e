import type { AddressInfo } from 'node:net';
import * as smpp from 'smpp';
import type { PDU, Session } from 'smpp';

export interface ReceivedText {
  /** E.164. */
  to: string;
  text: string;
  /** 0: the gateway's default (GSM 03.38); 8: UCS-2. */
  dataCoding: number;
  messageId: string;
}

const SYSTEM_ID = 'commonroom';
const PASSWORD = 'gateway-secret';

/**
 * A text-message gateway in the test process: the `smpp` package's server side. It binds
 * transceivers, answers submit_sm with message ids and sends delivery receipts; it can throttle
 * (ESME_RTHROTTLED), drop the connection when a text arrives (before taking it), report texts
 * undeliverable, and send texts from phones (STOP, HELP, START…).
 */
export class SmppSink {
  readonly texts: ReceivedText[] = [];
  /** Answers given with ESME_RTHROTTLED so far. */
  throttled = 0;
  /** Connections dropped on purpose so far. */
  dropped = 0;
  /** The state receipts report (DELIVRD unless a test says otherwise). */
  receiptState = 'DELIVRD';
  port = 0;
  private server: smpp.Server | null = null;
  private readonly bound = new Set<Session>();
  private throttleNext = 0;
  private dropNext = 0;
  private sequence = 0;

  get url(): string {
    return `smpp://${SYSTEM_ID}:${PASSWORD}@127.0.0.1:${this.port}?source=LIBRARY`;
  }

  /** How many sessions are bound now (a reconnect shows as one again). */
  get sessions(): number {
    return this.bound.size;
  }

  async start(): Promise<void> {
    this.server = smpp.createServer((session) => this.accept(session));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', () => resolve()));
    this.port = (this.server.address() as AddressInfo).port;
  }

  /** The next `count` texts are refused with ESME_RTHROTTLED. */
  throttle(count: number): void {
    this.throttleNext = count;
  }

  /** The next `count` texts make the gateway drop the connection without taking them. */
  dropOnNext(count: number): void {
    this.dropNext = count;
  }

  to(number: string): ReceivedText[] {
    return this.texts.filter((t) => t.to === number);
  }

  /** A phone texts the library. */
  async textFrom(number: string, text: string): Promise<void> {
    await this.waitFor(() => this.bound.size > 0, 15_000, 'a bound session');
    const session = [...this.bound][0];
    await new Promise<void>((resolve) =>
      session.deliver_sm({ source_addr: number.replace(/^\+/, ''), destination_addr: 'LIBRARY', short_message: { message: text } }, () =>
        resolve(),
      ),
    );
  }

  /** Waits until `predicate` holds, polling every 50 ms, or fails after `timeoutMs`. */
  async waitFor(predicate: () => boolean, timeoutMs = 15_000, what = 'texts'): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate()) {
      if (Date.now() > deadline)
        throw new Error(`Timed out waiting for ${what}; received: ${this.texts.map((t) => `${t.to}: ${t.text}`).join(' | ') || 'nothing'}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** The first text to `number` that matches. */
  async waitForText(number: string, match: RegExp, timeoutMs = 15_000): Promise<ReceivedText> {
    await this.waitFor(() => this.to(number).some((t) => match.test(t.text)), timeoutMs, `a text to ${number} matching ${match}`);
    return this.to(number).find((t) => match.test(t.text))!;
  }

  async stop(): Promise<void> {
    for (const session of this.bound) session.destroy();
    if (this.server) await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = null;
  }

  private accept(session: Session): void {
    session.on('error', () => undefined);
    session.on('close', () => this.bound.delete(session));
    session.on('bind_transceiver', (pdu: PDU) => {
      if (pdu.system_id !== SYSTEM_ID || pdu.password !== PASSWORD) {
        session.send(pdu.response({ command_status: smpp.ESME_RBINDFAIL }));
        session.close();
        return;
      }
      session.send(pdu.response());
      this.bound.add(session);
    });
    session.on('enquire_link', (pdu: PDU) => session.send(pdu.response()));
    session.on('unbind', (pdu: PDU) => {
      session.send(pdu.response());
      session.close();
    });
    session.on('submit_sm', (pdu: PDU) => this.submitted(session, pdu));
    session.on('deliver_sm_resp', () => undefined);
  }

  private submitted(session: Session, pdu: PDU): void {
    if (this.dropNext > 0) {
      this.dropNext--;
      this.dropped++;
      this.bound.delete(session);
      session.destroy();
      return;
    }
    if (this.throttleNext > 0) {
      this.throttleNext--;
      this.throttled++;
      session.send(pdu.response({ command_status: smpp.ESME_RTHROTTLED }));
      return;
    }
    const body = (pdu.message_payload ?? pdu.short_message) as { message: string };
    const messageId = `gw-${++this.sequence}`;
    const to = `+${String(pdu.destination_addr)}`;
    this.texts.push({ to, text: body.message, dataCoding: Number(pdu.data_coding), messageId });
    session.send(pdu.response({ message_id: messageId }));
    if (pdu.registered_delivery) {
      const state = this.receiptState;
      session.deliver_sm({
        source_addr: pdu.destination_addr,
        destination_addr: pdu.source_addr,
        esm_class: 0x04,
        short_message: {
          message: `id:${messageId} sub:001 dlvrd:001 submit date:2701010000 done date:2701010000 stat:${state} err:000 text:`,
        },
      });
    }
  }
}
