import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { Redis } from 'ioredis';
import { Clock } from '@app/clock';
import { AppConfig } from '@app/config';
import { redisOptions } from '@app/queue';
import { SeatWatchers } from '@app/registrations';
import { SettingsService } from '@app/settings';
import { effectiveStatus, isRegistrationOpen, registrationWindow, SchedulingService, WorkshopStatus } from '@app/workshops';
import type { SeatAvailabilityModel } from './seat-availability.model';

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

  constructor(
    private readonly watchers: SeatWatchers,
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
    this.watchers.register((sessionIds) => this.publish(sessionIds));
  }

  private channel(sessionId: string): string {
    return `${this.config.queuePrefix}:seats:${sessionId}`;
  }

  /** Publishes the current counts of these sessions (best effort: a live view, not a record). */
  async publish(sessionIds: readonly string[]): Promise<void> {
    const sessions = await this.scheduling.findSessionsByIds(sessionIds);
    const settings = await this.settings.get();
    const now = this.clock.now();
    for (const session of sessions) {
      const payload: SeatAvailabilityModel = {
        sessionId: session.id,
        status: effectiveStatus(session, now),
        capacity: session.capacity,
        seatsTaken: session.seatsTaken,
        seatsRemaining: Math.max(0, session.capacity - session.seatsTaken),
        waitlistLength: session.waitlistLength,
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
    this.publisher.disconnect();
    this.subscriber.disconnect();
  }
}
