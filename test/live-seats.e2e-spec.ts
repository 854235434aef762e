import type { NestExpressApplication } from '@nestjs/platform-express';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { createApiApp } from '../apps/api/src/api.bootstrap';
import { createBranch, createCoordinator, createRoom, localAt, register, scheduledWorkshop, verifiedPartner } from './support/factories';
import { GraphqlClient } from './support/graphql-client';
import { seatFeedListening, Subscriber } from './support/subscriber';
import { TestApps } from './support/test-apps';

const SUBSCRIPTION =
  'subscription($id: ID!) { seatAvailabilityChanged(sessionId: $id) { sessionId status capacity seatsTaken seatsRemaining waitlistLength registrationOpen } }';

describe('live seat counts across API instances', () => {
  let apps: TestApps;
  let second: NestExpressApplication;
  let secondClient: GraphqlClient;
  let ws: Client;

  beforeAll(async () => {
    apps = await TestApps.start({ worker: false });
    // A second API instance on the same database and Redis, as behind a load balancer.
    second = await createApiApp(apps.config);
    await second.listen(0, '127.0.0.1');
    secondClient = new GraphqlClient(`${(await second.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`);
    ws = createClient({ url: apps.client.url.replace('http', 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, lazy: false });
  });

  afterAll(async () => {
    await ws?.dispose();
    await second?.close();
    await apps?.close();
  });

  it('delivers new counts to a subscriber on one instance after a registration through another', async () => {
    const admin = await apps.adminToken();
    const branch = await createBranch(apps.client, admin);
    const room = await createRoom(apps.client, admin, branch.id);
    const coordinator = await createCoordinator(apps.client, admin, (e, p) => apps.login(e, p));
    const partner = await verifiedPartner(apps.client, coordinator.token);
    const { sessions } = await scheduledWorkshop(apps.client, partner.token, coordinator.token, {
      capacity: 3,
      sessions: [{ startsAt: localAt(9, '10:00'), endsAt: localAt(9, '11:00'), branchId: branch.id, roomId: room.id }],
    });
    const subscriber = new Subscriber(ws, SUBSCRIPTION, { id: sessions[0].id });
    await seatFeedListening(apps.config, sessions[0].id);

    await register(secondClient, sessions[0].id, { partySize: 2 });
    expect(await subscriber.waitFor((v) => v.seatsTaken === 2)).toEqual({
      sessionId: sessions[0].id,
      status: 'SCHEDULED',
      capacity: 3,
      seatsTaken: 2,
      seatsRemaining: 1,
      waitlistLength: 0,
      registrationOpen: true,
    });
    await register(secondClient, sessions[0].id, { partySize: 2 });
    await subscriber.waitFor((v) => v.waitlistLength === 1);
    subscriber.close();
  });

  it('refuses a subscription to an unknown session, and a socket with a bad token', async () => {
    const unknown = new Subscriber(ws, SUBSCRIPTION, { id: '00000000-0000-4000-8000-000000000000' });
    // graphql-ws reports a resolver's error as a result with errors, then completes.
    const result = await unknown.waitFor((v) => 'errors' in v);
    expect(JSON.stringify(result)).toContain('NOT_FOUND');
    const refused = createClient({
      url: apps.client.url.replace('http', 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: 'Bearer forged' },
    });
    const closed = await new Promise<unknown>((resolve) => {
      refused.subscribe(
        { query: SUBSCRIPTION, variables: { id: '00000000-0000-4000-8000-000000000000' } },
        { next: () => undefined, error: resolve, complete: () => resolve(null) },
      );
    });
    expect(closed).toMatchObject({ code: 4403 });
    await refused.dispose();
  });
});
