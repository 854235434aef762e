import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { Clock } from '@app/clock';
import { TransactionRunner } from '@app/database';
import { DEFAULT_LANGUAGE, type MessageLanguage } from './message-languages';
import { NotificationChannel, NotificationKind } from './notification.enums';
import { NotificationRepository } from './notification.repository';
import { OutboxService } from './outbox.service';
import { keywordOf, type Keyword } from './sms-keywords';
import { SmsNumbers } from './sms-numbers.service';
import { SmsTransport, type InboundText, type SmsEvents, type SmsReceipt } from './sms-transport';

const RECEIPT_TRIES = 20;
const REPLY_WINDOW_MS = 10 * 60 * 1000;
const RECEIPT_RETRY_MS = 250;

/** Who a number is to the library, for the answer to a keyword: the latest registration that gave it. */
export interface TextSender {
  language: MessageLanguage;
  libraryName: string;
  libraryPhone: string | null;
}

export interface PhoneDirectory {
  senderOf(number: string): Promise<TextSender | null>;
}

export const PHONE_DIRECTORY = Symbol('PHONE_DIRECTORY');

/**
 * What comes back from the gateway: delivery receipts into the texts' status, and the keywords
 * phones send. STOP (and its synonyms) stops every text to the number from every registration at
 * once, pending ones included, and confirms once; START resumes; HELP says who is texting and how
 * to reach the library. Anything else is not answered (a person may read the gateway's log).
 */
@Injectable()
export class TextMessages implements SmsEvents, OnModuleInit {
  private readonly logger = new Logger(TextMessages.name);

  constructor(
    private readonly transport: SmsTransport,
    private readonly notifications: NotificationRepository,
    private readonly numbers: SmsNumbers,
    private readonly outbox: OutboxService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
    @Inject(PHONE_DIRECTORY) private readonly directory: PhoneDirectory,
  ) {}

  onModuleInit(): void {
    this.transport.listen(this);
  }

  /**
   * A receipt can arrive before the attempt that sent the text has written the gateway's id: it
   * is tried again a few times before it is given up (a receipt for a text we never sent).
   */
  async receipt(receipt: SmsReceipt): Promise<void> {
    for (let attempt = 0; attempt < RECEIPT_TRIES; attempt++) {
      if (await this.notifications.recordReceipt(receipt.messageId, receipt.state, this.clock.now())) return;
      await new Promise((resolve) => setTimeout(resolve, RECEIPT_RETRY_MS));
    }
    this.logger.warn({ messageId: receipt.messageId, state: receipt.state }, 'a delivery receipt matched no text');
  }

  async inbound(text: InboundText): Promise<void> {
    const digits = text.from.replace(/[^\d+]/g, '');
    // International numbers come without "+"; a national one is read in the libraries' country.
    const parsed =
      text.international || digits.startsWith('+')
        ? parsePhoneNumberFromString(`+${digits.replace(/^\+/, '')}`)
        : parsePhoneNumberFromString(digits, 'US');
    const found = keywordOf(text.text);
    if (!parsed?.isValid() || !found) {
      this.logger.log({ keyword: found?.keyword ?? null }, 'an inbound text that is not a keyword was not answered');
      return;
    }
    const number = parsed.number;
    const sender = await this.directory.senderOf(number);
    const language = sender?.language ?? found.language ?? DEFAULT_LANGUAGE;
    const now = this.clock.now();
    await this.tx.run(async () => {
      const changed = await this.apply(found.keyword, number, now);
      if (!changed) return;
      // One answer per number and keyword in ten minutes: an auto-responder texting HELP back gets no loop.
      const bucket = Math.floor(now.getTime() / REPLY_WINDOW_MS);
      await this.outbox.add([
        {
          kind: NotificationKind.SMS_KEYWORD_REPLY,
          channel: NotificationChannel.SMS,
          recipient: number,
          dedupeKey: `keyword:${found.keyword}:${this.numbers.keyOf(number)}:${bucket}`,
          params: {
            keyword: found.keyword,
            language,
            libraryName: sender?.libraryName ?? (language === 'es' ? 'La biblioteca' : 'The library'),
            libraryPhone: sender?.libraryPhone ?? null,
          },
        },
      ]);
    });
  }

  /** Whether the keyword changed anything worth a reply: a STOP already in force is not confirmed again. */
  private async apply(keyword: Keyword, number: string, now: Date): Promise<boolean> {
    if (keyword === 'HELP') return true;
    if (keyword === 'START') return this.numbers.start(number, now);
    if (!(await this.numbers.stop(number, now))) return false;
    const skipped = await this.notifications.skipPendingTexts(number, 'the number texted STOP', now);
    this.logger.log({ skipped }, 'a number texted STOP');
    return true;
  }
}
