import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import * as smpp from 'smpp';
import type { PDU, Session } from 'smpp';
import { AppConfig, type SmppSettings } from '@app/config';
import { sizeOf } from './sms-text';
import { SmsSendError, SmsTransport, type SmsEvents } from './sms-transport';

// Texts are GSM-7 or UCS-2, as phones count them; LATIN1 (data_coding 3) is not safe on handsets.
delete smpp.encodings.LATIN1;

/** The session is kept alive with enquire_link this often. */
const ENQUIRE_LINK_MS = 30_000;
/** How long a text waits for a bound session, and for the gateway's answer. */
const BIND_WAIT_MS = 10_000;
const ANSWER_WAIT_MS = 15_000;
/** Reconnecting waits 0.5 s, then twice as long each time, at most 30 s. */
const BACKOFF_FIRST_MS = 500;
const BACKOFF_MAX_MS = 30_000;
/** "Temporary application error": the gateway delivers the PDU again later. */
const ESME_RX_T_APPN = 0x64;
/** esm_class bit 2: the deliver_sm is a delivery receipt, not a text from a phone. */
const RECEIPT_FLAG = 0x04;
/** SMPP data_coding: the gateway's default alphabet (GSM 03.38), or UCS-2. */
const DATA_CODING = { 'GSM-7': 0x00, 'UCS-2': 0x08 } as const;

/** The gateway's answers that mean "later", not "never". */
const TEMPORARY = new Set([smpp.ESME_RTHROTTLED, smpp.ESME_RMSGQFUL, smpp.ESME_RSYSERR, 0x45 /* ESME_RSUBMITFAIL */]);

/**
 * Texts over SMPP 3.4 with the `smpp` package: one transceiver session (texts out, receipts and
 * replies in), kept alive with enquire_link and bound again with backoff whenever it drops.
 * A throttled text (ESME_RTHROTTLED) is a temporary failure that the queue retries later.
 */
@Injectable()
export class SmppTransport extends SmsTransport implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(SmppTransport.name);
  private readonly settings: SmppSettings | null;
  private session: Session | null = null;
  private bound: Session | null = null;
  /** Texts waiting for a bound session: given one, or an error. */
  private waiters: Array<(session: Session | SmsSendError) => void> = [];
  private backoffMs = BACKOFF_FIRST_MS;
  private reconnect: NodeJS.Timeout | null = null;
  private stopped = false;
  private events: SmsEvents | null = null;
  /** Texts handed to the session and not answered yet: failed at once if it drops. */
  private readonly unanswered = new Set<(error: SmsSendError | null) => void>();

  constructor(config: AppConfig) {
    super();
    this.settings = config.sms;
  }

  get available(): boolean {
    return this.settings !== null;
  }

  listen(events: SmsEvents): void {
    this.events = events;
  }

  onModuleInit(): void {
    if (this.settings) this.connect(this.settings);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.reconnect) clearTimeout(this.reconnect);
    // Nothing waits out its timeout: texts in flight are tried again by the next worker.
    for (const settle of [...this.unanswered]) settle(new SmsSendError('the worker is stopping', false));
    for (const waiter of [...this.waiters]) waiter(new SmsSendError('the worker is stopping', false));
    const session = this.session;
    this.session = this.bound = null;
    if (session) await new Promise<void>((resolve) => (session.socket.destroyed ? resolve() : session.destroy(() => resolve())));
  }

  async send(to: string, text: string): Promise<string> {
    if (!this.settings) throw new SmsSendError('no text-message gateway is configured', true);
    const source = this.settings.source;
    const session = await this.boundSession();
    const { encoding, segments } = sizeOf(text);
    const body = { message: text };
    const numeric = /^\d+$/.test(source);
    return new Promise<string>((resolve, reject) => {
      const settle = (error: SmsSendError | null, messageId?: string) => {
        clearTimeout(timer);
        this.unanswered.delete(settle);
        if (error) reject(error);
        else resolve(messageId as string);
      };
      const timer = setTimeout(() => settle(new SmsSendError('the gateway did not answer in time', false)), ANSWER_WAIT_MS);
      // A connection that drops before the answer fails the text at once (it is tried again), not after the timeout.
      this.unanswered.add(settle);
      const fields = {
        source_addr: source,
        source_addr_ton: numeric ? 1 : 5,
        source_addr_npi: numeric ? 1 : 0,
        destination_addr: to.replace(/^\+/, ''),
        dest_addr_ton: 1,
        dest_addr_npi: 1,
        registered_delivery: 1,
        data_coding: DATA_CODING[encoding],
        // A text longer than one segment goes whole in message_payload: the gateway splits it.
        ...(segments > 1 ? { message_payload: body } : { short_message: body }),
      };
      const written = session.submit_sm(fields, (pdu) => {
        if (pdu.command_status === smpp.ESME_ROK) return settle(null, String(pdu.message_id));
        const status = `0x${pdu.command_status.toString(16)}`;
        settle(new SmsSendError(`the gateway refused the text (status ${status})`, !TEMPORARY.has(pdu.command_status)));
      });
      if (!written) settle(new SmsSendError('the connection to the gateway is down', false));
    });
  }

  /** The bound session, waiting a while for one (a reconnect in progress). */
  private boundSession(): Promise<Session> {
    if (this.bound) return Promise.resolve(this.bound);
    return new Promise<Session>((resolve, reject) => {
      const waiter = (session: Session | SmsSendError) => {
        clearTimeout(timer);
        this.waiters = this.waiters.filter((w) => w !== waiter);
        if (session instanceof SmsSendError) reject(session);
        else resolve(session);
      };
      const timer = setTimeout(() => waiter(new SmsSendError('not connected to the text-message gateway', false)), BIND_WAIT_MS);
      this.waiters.push(waiter);
    });
  }

  private connect(settings: SmppSettings): void {
    const session = smpp.connect({ host: settings.host, port: settings.port, tls: settings.tls });
    this.session = session;
    session.on(settings.tls ? 'secureConnect' : 'connect', () => this.bind(session, settings));
    session.on('deliver_sm', (pdu: PDU) => void this.received(session, pdu));
    session.on('enquire_link', (pdu: PDU) => session.send(pdu.response()));
    session.on('unbind', (pdu: PDU) => {
      if (this.bound === session) this.bound = null;
      session.send(pdu.response());
      session.close();
    });
    // A socket or PDU error leaves the session unusable (smpp stops reading after a bad PDU):
    // it is dropped, and the close below binds a new one. The reason only goes to the log.
    session.on('error', (error: Error) => {
      this.logger.warn({ reason: error.message }, 'text-message gateway connection error');
      session.destroy();
    });
    session.on('close', () => this.closed(session, settings));
  }

  /** Binds as a transceiver; a gateway that does not answer in time, or refuses, is dropped (and tried again). */
  private bind(session: Session, settings: SmppSettings): void {
    const timeout = setTimeout(() => session.destroy(), BIND_WAIT_MS);
    session.bind_transceiver({ system_id: settings.systemId, password: settings.password }, (pdu) => {
      clearTimeout(timeout);
      if (pdu.command_status !== smpp.ESME_ROK) {
        this.logger.warn({ status: pdu.command_status }, 'the text-message gateway refused to bind');
        session.destroy();
        return;
      }
      this.bound = session;
      this.backoffMs = BACKOFF_FIRST_MS;
      this.logger.log({ host: settings.host, port: settings.port }, 'bound to the text-message gateway');
      this.keepAlive(session);
      for (const waiter of [...this.waiters]) waiter(session);
    });
  }

  /** enquire_link every 30 s; one left unanswered until the next means a dead link (a half-open TCP connection): dropped. */
  private keepAlive(session: Session): void {
    let answered = true;
    const timer = setInterval(() => {
      if (!answered) {
        this.logger.warn({}, 'the text-message gateway stopped answering enquire_link');
        session.destroy();
        return;
      }
      answered = false;
      session.enquire_link({}, () => (answered = true));
    }, ENQUIRE_LINK_MS);
    session.once('close', () => clearInterval(timer));
  }

  private closed(session: Session, settings: SmppSettings): void {
    if (this.session !== session) return;
    this.session = this.bound = null;
    for (const settle of [...this.unanswered]) settle(new SmsSendError('the connection to the gateway dropped before it answered', false));
    if (this.stopped) return;
    const wait = this.backoffMs;
    this.backoffMs = Math.min(BACKOFF_MAX_MS, this.backoffMs * 2);
    this.logger.warn({ retryInMs: wait }, 'disconnected from the text-message gateway');
    this.reconnect = setTimeout(() => this.connect(settings), wait);
  }

  /**
   * A receipt or a text from a phone, answered once it is taken in: when that fails (the
   * database is away), the answer is a temporary error, so the gateway delivers it again and a
   * STOP is never lost.
   */
  private async received(session: Session, pdu: PDU): Promise<void> {
    let status = smpp.ESME_ROK;
    try {
      const body = (pdu.message_payload ?? pdu.short_message) as { message?: string | Buffer } | undefined;
      const text = typeof body?.message === 'string' ? body.message : (body?.message?.toString('latin1') ?? '');
      if (Number(pdu.esm_class ?? 0) & RECEIPT_FLAG) {
        const receipt = receiptOf(pdu, text);
        if (receipt) await this.events?.receipt(receipt);
      } else {
        await this.events?.inbound({ from: String(pdu.source_addr ?? ''), international: Number(pdu.source_addr_ton) === 1, text });
      }
    } catch (error) {
      status = ESME_RX_T_APPN;
      this.logger.error(
        { reason: (error as Error).message },
        'a text from the gateway could not be taken in; the gateway will send it again',
      );
    }
    if (!session.socket.destroyed) session.send(pdu.response({ command_status: status }));
  }
}

/** The message id and final state of a receipt: from its TLVs, else from its text ("id:… stat:DELIVRD …"). */
function receiptOf(pdu: PDU, text: string): { messageId: string; state: string } | null {
  const id =
    typeof pdu.receipted_message_id === 'string' && pdu.receipted_message_id ? pdu.receipted_message_id : /\bid:(\S+)/i.exec(text)?.[1];
  const state = /\bstat:([A-Z]+)/i.exec(text)?.[1]?.toUpperCase() ?? STATES[Number(pdu.message_state)] ?? 'UNKNOWN';
  return id ? { messageId: id, state } : null;
}

/** message_state TLV values (SMPP 3.4, 5.3.2.35). */
const STATES: Record<number, string> = {
  1: 'ENROUTE',
  2: 'DELIVRD',
  3: 'EXPIRED',
  4: 'DELETED',
  5: 'UNDELIV',
  6: 'ACCEPTD',
  7: 'UNKNOWN',
  8: 'REJECTD',
};
