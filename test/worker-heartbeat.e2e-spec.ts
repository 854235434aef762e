import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { WorkerHeartbeat } from '../apps/worker/src/worker-heartbeat.service';
import { eventually } from './support/eventually';
import { OwnRedis } from './support/redis-server';
import { TestApps } from './support/test-apps';

describe('the worker’s heartbeat (its health signal for a container)', () => {
  const dir = join('var', 'test-heartbeat', randomUUID());
  const file = join(dir, 'beat');
  let redis: OwnRedis;
  let apps: TestApps;

  beforeAll(async () => {
    redis = await OwnRedis.start();
    apps = await TestApps.start({ env: { REDIS_URL: redis.url, WORKER_HEARTBEAT_FILE: file } });
  });

  afterAll(async () => {
    await apps?.close();
    await redis?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the time while the worker reaches the database and Redis', async () => {
    const started = Date.now();
    await eventually(() => expect(existsSync(file)).toBe(true));
    // Never half-written: whenever it is read, it holds a time.
    const written = new Date(readFileSync(file, 'utf8').trim()).getTime();
    expect(written).toBeGreaterThanOrEqual(started - 15_000);
    expect(written).toBeLessThanOrEqual(Date.now());
  });

  it('lets the heartbeat go stale while Redis is down, and beats again once it is back', async () => {
    const heartbeat = apps.worker!.get(WorkerHeartbeat);
    const probe = join(dir, 'probe');
    await redis.stop();
    expect(await heartbeat.beat(probe)).toBe(false);
    expect(existsSync(probe)).toBe(false);
    await redis.start();
    await eventually(async () => expect(await heartbeat.beat(probe)).toBe(true), 20_000);
    expect(existsSync(probe)).toBe(true);
  });
});
