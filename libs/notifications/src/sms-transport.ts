/** A delivery receipt from the gateway: what became of a text it accepted. */
export interface SmsReceipt {
  /** The id the gateway answered the text with. */
  messageId: string;
  /** DELIVRD, UNDELIV, REJECTD, EXPIRED, DELETED, ACCEPTD, ENROUTE or UNKNOWN (SMPP 3.4, appendix B). */
  state: string;
}

/** A text a phone sent to the library's number. */
export interface InboundText {
  /** As the gateway wrote it: usually the international number without "+". */
  from: string;
  /** Whether the gateway marked `from` as international (TON 1); otherwise it is read as a national number. */
  international: boolean;
  text: string;
}

export interface SmsEvents {
  receipt(receipt: SmsReceipt): Promise<void>;
  inbound(text: InboundText): Promise<void>;
}

/** The gateway refused or could not take a text; `permanent` failures are not tried again. */
export class SmsSendError extends Error {
  constructor(
    reason: string,
    readonly permanent: boolean,
  ) {
    super(reason);
    this.name = 'SmsSendError';
  }
}

/**
 * Where texts go out and come in: the SMPP gateway today (SmppTransport), an HTTP provider
 * later, behind this small interface.
 */
export abstract class SmsTransport {
  /** Whether a gateway is configured at all. */
  abstract readonly available: boolean;

  /** Hands one text to the gateway; resolves with the gateway's id for it. */
  abstract send(to: string, text: string): Promise<string>;

  /** Who hears of receipts and inbound texts (the worker's SMS service). */
  abstract listen(events: SmsEvents): void;
}
