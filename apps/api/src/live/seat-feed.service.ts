import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { Redis } from 'ioredis';
import { Clock } from '@app/clock';
import { AppConfig } from '@app/config';
import { outsideTransaction } from '@app/database';
import { redisOptions } from '@app/queue';
import { SeatLedger, SeatWatchers } from '@app/registrations';
import { SettingsService } from '@app/settings';
import { effectiveStatus, isRegistrationOpen, registrationWindow, SchedulingService, WorkshopStatus } from '@app/workshops';
import type { SeatAvailabilityModel } from './seat-availability.model';

const COALESCE_MS = 100;

/**
 * Live seat counts: after a change commits, the new counts are published on Redis, so every API
 * instance's subscribers hear them, whichever instance made the change.
 */
@Injectable()
export class SeatFeed implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(SeatFeed.name);
  private readonly pubsub: RedisPubSub;
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly pending = new Set<string>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly watchers: SeatWatchers,
    private readonly ledger: SeatLedger,
    private readonly scheduling: SchedulingService,
    private readonly settings: SettingsService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {
    const options = { ...redisOptions(config.redisUrl), maxRetriesPerRequest: 2 };
    this.publisher = new Redis(options);
    this.subscriber = new Redis(options);
    for (const connection of [this.publisher, this.subscriber])
      connection.on('error', (error: Error) => this.logger.debug({ err: error.message }, 'seat feed connection error'));
    this.pubsub = new RedisPubSub({ publisher: this.publisher, subscriber: this.subscriber });
  }

  onModuleInit(): void {
    this.watchers.register((sessionIds) => this.soon(sessionIds));
  }

  /**
   * Coalesces changes: a session's counts go out at most once per interval, with the latest values
   * (a burst of registrations reads and publishes once, not once per registration).
   */
  private soon(sessionIds: readonly string[]): void {
    for (const id of sessionIds) this.pending.add(id);
    // The timer must not inherit the context of whichever request or transaction started it.
    this.timer ??= outsideTransaction(() =>
      setTimeout(() => {
        const ids = [...this.pending];
        this.pending.clear();
        this.timer = null;
        void this.publish(ids);
      }, COALESCE_MS),
    );
  }

  private channel(sessionId: string): string {
    return `${this.config.queuePrefix}:seats:${sessionId}`;
  }

  /** Publishes the current counts of these sessions (best effort: a live view, not a record). */
  async publish(sessionIds: readonly string[]): Promise<void> {
    if (sessionIds.length === 0) return;
    const sessions = await this.scheduling.findSessionsByIds(sessionIds);
    const seats = await this.ledger.counts(sessionIds);
    const settings = await this.settings.get();
    const now = this.clock.now();
    for (const session of sessions) {
      const taken = seats.get(session.id)?.seatsTaken ?? 0;
      const payload: SeatAvailabilityModel = {
        sessionId: session.id,
        status: effectiveStatus(session, now),
        capacity: session.capacity,
        seatsTaken: taken,
        seatsRemaining: Math.max(0, session.capacity - taken),
        waitlistLength: seats.get(session.id)?.waitlistLength ?? 0,
        registrationOpen: isRegistrationOpen(session, registrationWindow(session, settings), now),
      };
      await this.pubsub
        .publish(this.channel(session.id), payload)
        .catch((error: Error) => this.logger.warn({ err: error.message }, 'could not publish seats'));
    }
  }

  iterator(sessionId: string): AsyncIterator<SeatAvailabilityModel> {
    return this.pubsub.asyncIterator<SeatAvailabilityModel>(this.channel(sessionId));
  }

  /** Whether a session's workshop is approved (or cancelled): the only ones with a live feed. */
  static publicWorkshop = (status: WorkshopStatus): boolean => status === WorkshopStatus.APPROVED || status === WorkshopStatus.CANCELLED;

  onModuleDestroy(): void {
    if (this.timer) clearTimeout(this.timer);
    this.publisher.disconnect();
    this.subscriber.disconnect();
  }
}
