/** The connection settings both ioredis and BullMQ accept. */
export interface RedisConnectionSettings {
  host: string;
  port: number;
  username?: string;
  password?: string;
  db: number;
  tls?: Record<string, never>;
  retryStrategy: (times: number) => number;
}

/** Connection settings from a redis:// or rediss:// URL. */
export function redisOptions(url: string): RedisConnectionSettings {
  const parsed = new URL(url);
  const db = parsed.pathname.replace(/^\//, '');
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 6379,
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: db ? Number(db) : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    // Keep trying to reconnect, never more than 2 s apart.
    retryStrategy: (times) => Math.min(times * 200, 2000),
  };
}
