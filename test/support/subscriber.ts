import type { Client } from 'graphql-ws';
import { Redis } from 'ioredis';
import type { AppConfig } from '@app/config';
import { eventually } from './eventually';

/** Collects what a subscription sends, and waits for a value that matches. */
export class Subscriber {
  readonly received: Array<Record<string, unknown>> = [];
  readonly errors: unknown[] = [];
  private stop: (() => void) | null = null;

  constructor(client: Client, query: string, variables: Record<string, unknown>) {
    this.stop = client.subscribe(
      { query, variables },
      {
        next: (value) =>
          void this.received.push(
            (value.data as { seatAvailabilityChanged: Record<string, unknown> })?.seatAvailabilityChanged ?? { errors: value.errors },
          ),
        error: (error) => void this.errors.push(error),
        complete: () => undefined,
      },
    );
  }

  async waitFor(predicate: (value: Record<string, unknown>) => boolean, timeoutMs = 10_000): Promise<Record<string, unknown>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.received.find(predicate);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`No matching value; got ${JSON.stringify(this.received)} ${JSON.stringify(this.errors)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  close(): void {
    this.stop?.();
  }
}

/**
 * Resolves once an API instance listens in Redis for this session's seat counts: the
 * subscription is live, and a change made through any instance will reach it.
 */
export async function seatFeedListening(config: AppConfig, sessionId: string): Promise<void> {
  const redis = new Redis(config.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await eventually(async () => {
      const [, listeners] = (await redis.pubsub('NUMSUB', `${config.queuePrefix}:seats:${sessionId}`)) as [string, number];
      expect(Number(listeners)).toBeGreaterThan(0);
    });
  } finally {
    redis.disconnect();
  }
}
