import { createHash, randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { Kind, parse, print, type DocumentNode } from 'graphql';
import { Redis } from 'ioredis';
import { LRUCache } from 'lru-cache';
import stringify from 'safe-stable-stringify';
import { AppConfig } from '@app/config';
import { RedisClient, redisOptions } from '@app/queue';
import { SeatWatchers } from '@app/registrations';

/** An answer as sent: its JSON text and an entity tag of it. */
export interface CachedAnswer {
  body: string;
  etag: string;
}

interface Entry extends CachedAnswer {
  tags: string[];
  /** When the computation of the answer began: a drop of one of its tags since then makes it stale. */
  startedAt: number;
}

/** Every entry carries it: a change whose reach is wide drops them all. */
export const EVERY_TAG = 'every';

/** The public catalog's reads: what the cache may answer for a viewer who is not signed in. */
const CACHEABLE_ROOTS = new Set(['sessions', 'session', 'branches', 'branch', 'workshop', 'catalogFacets']);

/** A query whose every root field is one of the catalog's reads (one operation, no fragments at the root). */
function cacheable(document: DocumentNode): boolean {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1 || operations[0].operation !== 'query') return false;
  const roots = operations[0].selectionSet.selections;
  return (
    roots.length > 0 &&
    roots.every((s) => s.kind === Kind.FIELD && (CACHEABLE_ROOTS.has(s.name.value) || s.name.value === '__typename')) &&
    roots.some((s) => s.kind === Kind.FIELD && s.name.value !== '__typename')
  );
}

const LOCAL_ENTRIES = 2_000;
const NORMALISED_DOCUMENTS = 1_000;

/**
 * The shared cache of anonymous catalog answers: an in-process LRU in front of Redis (so every API
 * instance serves what any of them computed), entries living PUBLIC_CACHE_SECONDS and tagged with
 * the ids they show. A change drops the entries of what it touched (a session's seats) or all of
 * them (a staff change), in Redis and, through a Redis channel, in every instance's own layer: a
 * page is never older than the TTL, and usually not older than the change. An answer computed
 * while one of its tags changed is not stored.
 */
@Injectable()
export class PublicCache implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(PublicCache.name);
  readonly ttlMs: number;
  private readonly prefix: string;
  private readonly local: LRUCache<string, Entry>;
  private readonly byTag = new Map<string, Set<string>>();
  /** When each tag was last dropped (here or by another instance), to refuse answers computed across it. */
  private readonly droppedAt: LRUCache<string, number>;
  /** Query text → its normalised text, or null when it is not a catalog read (nothing to key). */
  private readonly documents = new LRUCache<string, { normalised: string | null }>({ max: NORMALISED_DOCUMENTS });
  private subscriber: Redis | null = null;
  /** Tells this instance's drop announcements from the others'. */
  private readonly instanceId = randomUUID();

  constructor(
    config: AppConfig,
    private readonly redis: RedisClient,
    private readonly seats: SeatWatchers,
  ) {
    this.ttlMs = config.publicCacheSeconds * 1000;
    this.prefix = `${config.queuePrefix}:public-cache`;
    this.local = new LRUCache<string, Entry>({
      max: LOCAL_ENTRIES,
      ttl: Math.max(1, this.ttlMs),
      dispose: (entry, key) => this.untag(key, entry.tags),
    });
    this.droppedAt = new LRUCache<string, number>({ max: 10_000, ttl: Math.max(1, this.ttlMs) });
    if (this.enabled) this.subscriber = new Redis({ ...redisOptions(config.redisUrl), maxRetriesPerRequest: null });
  }

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  onModuleInit(): void {
    if (!this.enabled || !this.subscriber) return;
    this.subscriber.on('error', (error: Error) => this.logger.debug({ err: error.message }, 'public cache subscriber error'));
    this.subscriber.on('message', (_channel: string, message: string) => this.heard(message));
    void this.subscriber.subscribe(this.channel).catch(() => undefined);
    // Seat counts change with every registration, cancellation and promotion (announced after
    // commit); the other changes to public pages come from staff mutations (see the plugin).
    this.seats.register((sessionIds) => this.invalidate(sessionIds));
  }

  onModuleDestroy(): void {
    this.subscriber?.disconnect();
  }

  /**
   * Another instance's drop, announced over Redis. This instance's own announcements come back
   * too; they are ignored, or an answer kept here since the change would be dropped a second time.
   */
  private heard(message: string): void {
    try {
      const drop = JSON.parse(message) as { from?: string; tags?: unknown };
      // What another instance stored after this drop began computing before it is refused by
      // get() (startedAt), so hearing the drop a second time would only throw fresh answers away.
      if (drop.from === this.instanceId || !Array.isArray(drop.tags)) return;
      this.dropLocal(drop.tags.filter((tag): tag is string => typeof tag === 'string'));
    } catch {
      this.logger.debug('public cache: an unreadable drop message ignored');
    }
  }

  /** `{ from, tags }` messages (a new name: instances of the bare-array format do not read them). */
  private get channel(): string {
    return `${this.prefix}:dropped`;
  }

  /**
   * The key of a catalog read: its document normalised (whitespace, comments), its operation and
   * its variables in a stable order. Null for anything else (a mutation, a signed-in page's
   * fields), known from the query's text after its first parse.
   */
  key(query: string, operationName: string | null | undefined, variables: unknown): string | null {
    let known = this.documents.get(query);
    if (known === undefined) {
      try {
        const document = parse(query, { maxTokens: 2_000 });
        known = { normalised: cacheable(document) ? print(document) : null };
      } catch {
        known = { normalised: null };
      }
      this.documents.set(query, known);
    }
    const { normalised } = known;
    if (normalised === null) return null;
    return createHash('sha256')
      .update(normalised)
      .update('\n')
      .update(operationName ?? '')
      .update('\n')
      .update(stringify(variables ?? {}) ?? '')
      .digest('base64url');
  }

  /** The answer in this instance's own layer, without waiting for anything. */
  getLocal(key: string): CachedAnswer | undefined {
    return this.local.get(key);
  }

  /** The answer from this instance, else from Redis (then kept here too); undefined when neither has it or Redis fails. */
  async get(key: string): Promise<CachedAnswer | undefined> {
    const here = this.local.get(key);
    if (here) return here;
    try {
      const stored = await this.redis.redis.get(`${this.prefix}:e:${key}`);
      if (!stored) return undefined;
      const entry = JSON.parse(stored) as Entry;
      // Computed across a drop heard here (another instance may not have heard it yet, or Redis
      // not caught up with its deletion): it may show data from before the change.
      if (this.droppedSince(entry.tags, entry.startedAt)) return undefined;
      this.keepLocal(key, entry);
      return entry;
    } catch {
      return undefined;
    }
  }

  /**
   * Keeps an answer here at once and in Redis in the background; returns its entity tag. Refused
   * (null) when one of its tags was dropped after `startedAt`: it may show data from before that change.
   */
  set(key: string, body: string, tags: string[], startedAt: number): string | null {
    if (this.droppedSince(tags, startedAt)) return null;
    const entry: Entry = { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"`, tags, startedAt };
    this.keepLocal(key, entry);
    const multi = this.redis.redis.multi().set(`${this.prefix}:e:${key}`, JSON.stringify(entry), 'PX', this.ttlMs);
    for (const tag of tags) multi.sadd(`${this.prefix}:t:${tag}`, key).pexpire(`${this.prefix}:t:${tag}`, this.ttlMs * 2);
    multi.exec().catch((error: Error) => this.logger.debug({ err: error.message }, 'public cache not written to Redis'));
    return entry.etag;
  }

  /**
   * Drops every entry tagged with one of `tags`: here at once, in Redis and in the other
   * instances in the background (an entry Redis still holds is refused here meanwhile).
   */
  invalidate(tags: readonly string[]): void {
    if (!this.enabled || tags.length === 0) return;
    const unique = [...new Set(tags)];
    this.dropLocal(unique);
    void this.dropShared(unique);
  }

  private async dropShared(tags: string[]): Promise<void> {
    try {
      const redis = this.redis.redis;
      const keys = await Promise.all(tags.map((tag) => redis.smembers(`${this.prefix}:t:${tag}`)));
      const entries = [...new Set(keys.flat())].map((key) => `${this.prefix}:e:${key}`);
      await redis
        .multi()
        .del(...entries, ...tags.map((tag) => `${this.prefix}:t:${tag}`))
        .publish(this.channel, JSON.stringify({ from: this.instanceId, tags }))
        .exec();
    } catch (error) {
      this.logger.warn({ err: (error as Error).message }, 'public cache not invalidated in Redis; its entries expire within the TTL');
    }
  }

  private droppedSince(tags: readonly string[], since: number): boolean {
    return tags.some((tag) => (this.droppedAt.get(tag) ?? 0) >= since);
  }

  private keepLocal(key: string, entry: Entry): void {
    this.local.set(key, entry);
    for (const tag of entry.tags) {
      let keys = this.byTag.get(tag);
      if (!keys) this.byTag.set(tag, (keys = new Set()));
      keys.add(key);
    }
  }

  private dropLocal(tags: readonly string[]): void {
    const now = Date.now();
    for (const tag of tags) {
      this.droppedAt.set(tag, now);
      for (const key of this.byTag.get(tag) ?? []) this.local.delete(key);
      this.byTag.delete(tag);
    }
  }

  private untag(key: string, tags: readonly string[]): void {
    for (const tag of tags) {
      const keys = this.byTag.get(tag);
      keys?.delete(key);
      if (keys?.size === 0) this.byTag.delete(tag);
    }
  }
}
