import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { dropDatabase } from '@app/database';
import { BuiltApp } from './support/built-apps';
import { eventually } from './support/eventually';
import { createBranch, createCoordinator, createRoom, localAt, register, scheduledWorkshop, verifiedPartner } from './support/factories';
import { GraphqlClient } from './support/graphql-client';
import { freePort } from './support/redis-server';
import { SmtpSink } from './support/smtp-sink';
import { clearQueues, migratedDatabase } from './support/test-apps';
import { ADMIN, testEnv } from './support/test-config';

interface OtlpValue {
  stringValue?: string;
  intValue?: string | number;
  boolValue?: boolean;
  doubleValue?: number;
}
interface OtlpSpan {
  traceId: string;
  spanId: string;
  name: string;
  attributes?: Array<{ key: string; value: OtlpValue }>;
}
interface Received {
  service: string;
  span: OtlpSpan;
}

/** An OTLP/HTTP collector in the test's process: it keeps every span it is sent (JSON encoding). */
class OtlpReceiver {
  readonly spans: Received[] = [];
  private readonly server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        resourceSpans: Array<{
          resource: { attributes: Array<{ key: string; value: OtlpValue }> };
          scopeSpans: Array<{ spans: OtlpSpan[] }>;
        }>;
      };
      for (const resource of body.resourceSpans ?? []) {
        const service = resource.resource.attributes.find((a) => a.key === 'service.name')?.value.stringValue ?? '';
        for (const scope of resource.scopeSpans) for (const span of scope.spans) this.spans.push({ service, span });
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

const attribute = (span: OtlpSpan, key: string): OtlpValue | undefined => span.attributes?.find((a) => a.key === key)?.value;
/** A database call: the stable semantic conventions name the system `db.system.name`, the older ones `db.system`. */
const isMysql = (span: OtlpSpan): boolean => ['db.system.name', 'db.system'].some((key) => attribute(span, key)?.stringValue === 'mysql');
const EMAIL = /@[\w-]+\./;

/** A registration's trace: from the API's request, through its outbox row, to the worker sending the mail. */
describe('tracing', () => {
  const otlp = new OtlpReceiver();
  const smtp = new SmtpSink();
  let env: Record<string, string>;
  let config: AppConfig;
  let db: DataSource;
  let api: BuiltApp;
  let worker: BuiltApp;

  beforeAll(async () => {
    await smtp.start();
    const endpoint = await otlp.start();
    const port = await freePort();
    env = testEnv({
      SMTP_URL: smtp.url,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      OTEL_EXPORTER_OTLP_ENDPOINT: endpoint,
      OTEL_BSP_SCHEDULE_DELAY: '100',
    });
    config = AppConfig.fromEnv(env);
    db = await migratedDatabase(config);
    api = BuiltApp.start('api', env);
    worker = BuiltApp.start('worker', env);
    await Promise.all([api.waitFor('Commonroom API:'), worker.waitFor('Commonroom worker running')]);
  });

  afterAll(async () => {
    await api?.stop();
    await worker?.stop();
    await smtp.stop();
    await otlp.stop();
    await db?.destroy();
    await dropDatabase(config, config.database.database);
    await clearQueues(config);
  });

  it('follows a registration from the HTTP request to the confirmation it sends, with no personal data in any span', async () => {
    const client = new GraphqlClient(`http://127.0.0.1:${env.PORT}/graphql`);
    const login = async (email: string, password: string) =>
      (
        await client.must('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', {
          e: email,
          p: password,
        })
      ).login.accessToken as string;
    const admin = await login(ADMIN.email, ADMIN.password);
    const branch = await createBranch(client, admin);
    const room = await createRoom(client, admin, branch.id);
    const coordinator = await createCoordinator(client, admin, login);
    const partner = await verifiedPartner(client, coordinator.token);
    const { sessions } = await scheduledWorkshop(client, partner.token, coordinator.token, {
      capacity: 10,
      sessions: [{ startsAt: localAt(3, '10:00'), endsAt: localAt(3, '11:00'), branchId: branch.id, roomId: room.id }],
    });
    const patron = await register(client, sessions[0].id);
    await smtp.waitForMail(patron.email, /registered/i);

    // The worker's span for the confirmation continues the trace of the API's request.
    const sent = await eventually(() => {
      const span = otlp.spans.find(
        (s) =>
          s.service === 'commonroom-worker' &&
          s.span.name === 'mail deliver' &&
          attribute(s.span, 'notification.kind')?.stringValue === 'REGISTRATION_CONFIRMED',
      );
      expect(span).toBeDefined();
      return span as Received;
    }, 20_000);
    const trace = await eventually(() => {
      const inTrace = otlp.spans.filter((s) => s.span.traceId === sent.span.traceId);
      expect(inTrace.some((s) => s.service === 'commonroom-api' && /POST/.test(s.span.name))).toBe(true);
      expect(inTrace.some((s) => s.service === 'commonroom-api' && isMysql(s.span))).toBe(true);
      return inTrace;
    }, 20_000);
    expect(trace.some((s) => s.service === 'commonroom-worker' && isMysql(s.span))).toBe(true);

    // Nothing personal anywhere: no address, no client address or browser.
    const leaks = otlp.spans.flatMap((s) =>
      (s.span.attributes ?? [])
        .filter(
          (a) => EMAIL.test(String(a.value.stringValue ?? '')) || ['client.address', 'net.peer.ip', 'user_agent.original'].includes(a.key),
        )
        .map((a) => `${s.service} ${s.span.name} ${a.key}=${a.value.stringValue}`),
    );
    expect(otlp.spans.length).toBeGreaterThan(20);
    expect(leaks).toEqual([]);
  });
});
