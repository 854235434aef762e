import type { NestExpressApplication } from '@nestjs/platform-express';
import { Redis } from 'ioredis';
import { createApiApp } from '../apps/api/src/api.bootstrap';
import { PublicCache } from '../apps/api/src/public-cache/public-cache.service';
import {
  allWeek,
  createBranch,
  createCoordinator,
  createRoom,
  localAt,
  register,
  scheduledWorkshop,
  verifiedPartner,
} from './support/factories';
import { eventually } from './support/eventually';
import { GraphqlClient } from './support/graphql-client';
import { countQueries } from './support/query-counter';
import { TestApps } from './support/test-apps';

const PAGE = `query($first: Int) { sessions(first: $first) { nodes { id startsAt seatsRemaining workshop { id title } branch { id name } } } }`;
const ONE = 'query($id: ID!) { session(id: $id) { id startsAt endsAt seatsRemaining } }';

interface Answer {
  status: number;
  cache: string | null;
  etag: string | null;
  body: { data?: any; errors?: unknown[] };
}

async function post(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    cache: response.headers.get('x-cache'),
    etag: response.headers.get('etag'),
    body: (await response.json()) as Answer['body'],
  };
}

/**
 * The shared cache of anonymous catalog reads. Its TTL here is a minute, so an answer that is
 * fresh after a change can only be fresh because the change invalidated it.
 */
describe('the public catalog cache', () => {
  let apps: TestApps;
  let second: NestExpressApplication;
  let secondUrl: string;
  let coordinator: string;
  let sessionIds: string[];
  let roomId: string;

  beforeAll(async () => {
    apps = await TestApps.start({ worker: false, env: { PUBLIC_CACHE_SECONDS: '60' } });
    // A second API instance on the same database and Redis, as behind a load balancer.
    second = await createApiApp(apps.config);
    await second.listen(0, '127.0.0.1');
    secondUrl = `${(await second.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`;
    const admin = await apps.adminToken();
    coordinator = (await createCoordinator(apps.client, admin, (e, p) => apps.login(e, p))).token;
    const partner = await verifiedPartner(apps.client, coordinator);
    const branch = await createBranch(apps.client, admin, { openingHours: allWeek('07:00', '22:00') });
    roomId = (await createRoom(apps.client, admin, branch.id, { capacity: 30 })).id;
    const workshop = await scheduledWorkshop(apps.client, partner.token, coordinator, {
      capacity: 10,
      sessions: [
        { startsAt: localAt(4, '10:00'), endsAt: localAt(4, '11:00'), branchId: branch.id, roomId, recurrence: 'FREQ=DAILY;COUNT=3' },
      ],
    });
    sessionIds = workshop.sessions.map((s) => s.id);
  }, 60_000);

  afterAll(async () => {
    await second?.close();
    await apps?.close();
  });

  it('answers an anonymous page from the cache: the same answer, and no query', async () => {
    const first = await post(apps.client.url, PAGE, { first: 2 });
    expect(first.cache).toBe('miss');
    let again: Answer | undefined;
    const counted = await countQueries(apps.api, async () => {
      again = await post(apps.client.url, PAGE, { first: 2 });
    });
    expect(again?.cache).toBe('hit');
    expect(again?.body).toEqual(first.body);
    expect(again?.etag).toBe(first.etag);
    expect(counted.count).toBe(0);
  });

  it('keys on the document, not its spelling, and on the variables', async () => {
    await post(apps.client.url, PAGE, { first: 3 });
    const respelled = await post(apps.client.url, `# the same page\n${PAGE.replace(/ {2,}| /g, '  ')}`, { first: 3 });
    expect(respelled.cache).toBe('hit');
    expect((await post(apps.client.url, PAGE, { first: 1 })).cache).toBe('miss');
  });

  it('never serves or stores a signed-in read', async () => {
    const asCoordinator = await post(apps.client.url, PAGE, { first: 4 }, coordinator);
    expect(asCoordinator.cache).toBeNull();
    expect((await post(apps.client.url, PAGE, { first: 4 }, coordinator)).cache).toBeNull();
    // What the coordinator read was not kept for anyone.
    expect((await post(apps.client.url, PAGE, { first: 4 })).cache).toBe('miss');
  });

  it('a registration invalidates the pages that show its session, at once', async () => {
    const before = await post(apps.client.url, ONE, { id: sessionIds[0] });
    expect((await post(apps.client.url, ONE, { id: sessionIds[0] })).cache).toBe('hit');
    const page = await post(apps.client.url, PAGE, { first: 5 });
    await register(apps.client, sessionIds[0], { partySize: 2 });
    const after = await post(apps.client.url, ONE, { id: sessionIds[0] });
    expect(after.body.data.session.seatsRemaining).toBe(before.body.data.session.seatsRemaining - 2);
    const pageAfter = await post(apps.client.url, PAGE, { first: 5 });
    const seats = (answer: Answer) => answer.body.data.sessions.nodes.find((n: { id: string }) => n.id === sessionIds[0]).seatsRemaining;
    expect(seats(pageAfter)).toBe(seats(page) - 2);
  });

  it('a reschedule invalidates the session and the lists', async () => {
    await post(apps.client.url, ONE, { id: sessionIds[1] });
    const list = await post(apps.client.url, PAGE, { first: 10 });
    expect(list.body.data.sessions.nodes.map((n: { id: string }) => n.id)).toContain(sessionIds[1]);
    const startsAt = localAt(9, '15:00');
    await apps.client.must(
      'mutation($input: RescheduleSessionInput!) { rescheduleSession(input: $input) { id } }',
      { input: { sessionId: sessionIds[1], startsAt, endsAt: localAt(9, '16:00'), roomId, overrideLoadLimits: true } },
      coordinator,
    );
    const moved = await post(apps.client.url, ONE, { id: sessionIds[1] });
    expect(new Date(moved.body.data.session.startsAt).toISOString()).toBe(new Date(startsAt).toISOString());
    const reordered = await post(apps.client.url, PAGE, { first: 10 });
    expect(reordered.body.data.sessions.nodes.at(-1).id).toBe(sessionIds[1]);
  });

  it('is shared by every API instance, and a change through one reaches the other', async () => {
    const fromFirst = await post(apps.client.url, ONE, { id: sessionIds[2] });
    expect(fromFirst.cache).toBe('miss');
    const fromSecond = await post(secondUrl, ONE, { id: sessionIds[2] });
    expect(fromSecond.cache).toBe('hit');
    expect(fromSecond.body).toEqual(fromFirst.body);
    // The first instance keeps its own copy in memory; the change through the second drops it.
    expect((await post(apps.client.url, ONE, { id: sessionIds[2] })).cache).toBe('hit');
    await register(new GraphqlClient(secondUrl), sessionIds[2]);
    // The first instance hears of it over Redis a moment later.
    await eventually(async () =>
      expect((await post(apps.client.url, ONE, { id: sessionIds[2] })).body.data.session.seatsRemaining).toBe(
        fromFirst.body.data.session.seatsRemaining - 1,
      ),
    );
  });

  it('keeps what it stored after its own change when that change’s announcement comes back to it', async () => {
    const channel = `${apps.config.queuePrefix}:public-cache:dropped`;
    const listener = new Redis(apps.config.redisUrl);
    const publisher = new Redis(apps.config.redisUrl);
    try {
      const heard: Array<{ from: string; tags: string[] }> = [];
      listener.on('message', (_channel: string, message: string) => {
        if (message.startsWith('{')) heard.push(JSON.parse(message) as { from: string; tags: string[] });
      });
      await listener.subscribe(channel);
      await register(apps.client, sessionIds[0]);
      // Stored after the change, so it shows it: the change's announcement must not drop it.
      expect((await post(apps.client.url, ONE, { id: sessionIds[0] })).cache).toBe('miss');
      await eventually(() => expect(heard.some((drop) => drop.tags.includes(sessionIds[0]))).toBe(true));
      await post(apps.client.url, ONE, { id: sessionIds[1] });
      // A drop from another instance, published after this instance's own announcement: once it
      // is heard (session 1 is asked again), the instance has heard its own too (Redis keeps the order).
      await publisher.publish(channel, JSON.stringify({ from: 'another instance', tags: [sessionIds[1]] }));
      await eventually(async () => expect((await post(apps.client.url, ONE, { id: sessionIds[1] })).cache).toBe('miss'));
      expect((await post(apps.client.url, ONE, { id: sessionIds[0] })).cache).toBe('hit');
      // A message that is not a drop is ignored, and the drops after it are still heard.
      await publisher.publish(channel, 'not json');
      await publisher.publish(channel, JSON.stringify({ from: 'another instance', tags: [sessionIds[0]] }));
      await eventually(async () => expect((await post(apps.client.url, ONE, { id: sessionIds[0] })).cache).toBe('miss'));
    } finally {
      listener.disconnect();
      publisher.disconnect();
    }
  });

  it('refuses an answer another instance stored late when its computation began before a change', async () => {
    const cache = apps.api.get(PublicCache);
    const key = cache.key(ONE, undefined, { id: sessionIds[2] }) as string;
    const publisher = new Redis(apps.config.redisUrl);
    try {
      await post(apps.client.url, ONE, { id: sessionIds[2] });
      // A change to session 2 made here: dropped here at once, and from Redis in the background.
      const changedAt = Date.now();
      cache.invalidate([sessionIds[2]]);
      // Another instance's answer, begun before the change and written to Redis after it.
      const stale = { body: '{"data":{"session":null}}\n', etag: '"stale"', tags: [sessionIds[2], 'every'], startedAt: changedAt - 1_000 };
      await eventually(async () => expect(await publisher.exists(`${apps.config.queuePrefix}:public-cache:e:${key}`)).toBe(0));
      await publisher.set(`${apps.config.queuePrefix}:public-cache:e:${key}`, JSON.stringify(stale), 'PX', 60_000);
      const answer = await post(apps.client.url, ONE, { id: sessionIds[2] });
      expect(answer.cache).toBe('miss');
      expect(answer.body.data.session.id).toBe(sessionIds[2]);
    } finally {
      publisher.disconnect();
    }
  });

  it('over GET, tells browsers and CDNs they may keep the answer, and answers 304 to its entity tag', async () => {
    const url = `${apps.client.url}?query=${encodeURIComponent(ONE)}&variables=${encodeURIComponent(JSON.stringify({ id: sessionIds[0] }))}`;
    const headers = { 'apollo-require-preflight': 'true' };
    const first = await fetch(url, { headers });
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');
    const etag = first.headers.get('etag') as string;
    expect(etag).toMatch(/^".+"$/);
    const again = await fetch(url, { headers: { ...headers, 'if-none-match': etag } });
    expect(again.status).toBe(304);
    // Without the CSRF header, GET is Apollo's to refuse, cached or not.
    expect((await fetch(url)).status).toBe(400);
  });
});
