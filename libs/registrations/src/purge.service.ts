import { Injectable, Logger } from '@nestjs/common';
import { Clock } from '@app/clock';
import { TransactionRunner } from '@app/database';
import { OutboxService } from '@app/notifications';
import { SettingsService } from '@app/settings';
import { RegistrationRepository } from './registration.repository';

const BATCH = 500;

/**
 * Removes patrons' names, e-mail addresses, phone numbers and accessibility needs `retentionDays` after their
 * session ended, from registrations and from the notifications sent to them. Counts stay, so the
 * reports still add up. Runs daily in the worker, and on demand (`cli purge`).
 */
@Injectable()
export class PurgeService {
  private readonly logger = new Logger(PurgeService.name);

  constructor(
    private readonly registrations: RegistrationRepository,
    private readonly outbox: OutboxService,
    private readonly settings: SettingsService,
    private readonly tx: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  /** Purges everything due; returns how many registrations were purged. */
  async run(): Promise<number> {
    const { retentionDays } = await this.settings.get();
    const cutoff = new Date(this.clock.now().getTime() - retentionDays * 86_400_000);
    let purged = 0;
    for (;;) {
      const ids = await this.registrations.findPurgeable(cutoff, BATCH);
      if (ids.length === 0) break;
      await this.tx.run(async () => {
        const now = this.clock.now();
        // The answers to the numbers' keywords (STOP, HELP) go with the registrations that gave the numbers.
        const numbers = await this.registrations.phonesOf(ids);
        await this.registrations.purge(ids, now);
        await this.outbox.forgetRecipients(ids, now);
        await this.outbox.forgetTextsTo(numbers, now);
      });
      purged += ids.length;
      if (ids.length < BATCH) break;
    }
    // Answers to numbers no registration gave, after the same retention.
    await this.outbox.forgetTextsBefore(cutoff, this.clock.now());
    this.logger.log({ purged, retentionDays }, 'purge done');
    return purged;
  }
}
