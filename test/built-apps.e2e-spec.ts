import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { dropDatabase } from '@app/database';
import { BuiltApp } from './support/built-apps';
import { applyAsPartner, createCoordinator } from './support/factories';
import { GraphqlClient } from './support/graphql-client';
import { freePort } from './support/redis-server';
import { SmtpSink } from './support/smtp-sink';
import { clearQueues, migratedDatabase } from './support/test-apps';
import { ADMIN, testEnv } from './support/test-config';

/** The apps as built for production (compiled CommonJS) start, work together, and stop cleanly. */
describe('the built apps', () => {
  let smtp: SmtpSink;
  let env: Record<string, string>;
  let config: AppConfig;
  let db: DataSource;
  let api: BuiltApp;
  let worker: BuiltApp;

  beforeAll(async () => {
    smtp = new SmtpSink();
    await smtp.start();
    const port = await freePort();
    env = testEnv({ SMTP_URL: smtp.url, PORT: String(port), NODE_ENV: 'production', LOG_LEVEL: 'warn' });
    config = AppConfig.fromEnv(env);
    db = await migratedDatabase(config);
    api = BuiltApp.start('api', env);
    worker = BuiltApp.start('worker', env);
    await Promise.all([api.waitFor('Commonroom API:'), worker.waitFor('Commonroom worker running')]);
  });

  afterAll(async () => {
    await api?.stop();
    await worker?.stop();
    await smtp?.stop();
    await db?.destroy();
    await dropDatabase(config, config.database.database);
    await clearQueues(config);
  });

  it('serve a request through to an e-mail, and stop gracefully on SIGTERM', async () => {
    const client = new GraphqlClient(`http://127.0.0.1:${env.PORT}/graphql`);
    const login = async (email: string, password: string) =>
      (
        await client.must('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', {
          e: email,
          p: password,
        })
      ).login.accessToken;
    const admin = await login(ADMIN.email, ADMIN.password);
    const coordinator = await createCoordinator(client, admin, login);
    const partner = await applyAsPartner(client);
    await client.must('mutation($id: ID!) { verifyAgency(id: $id) { id } }', { id: partner.agencyId }, coordinator.token);
    await smtp.waitForMail(partner.contactEmail, /verified/);
    // Production settings: no stack traces, only contract codes.
    const bad = await client.request('{ branch(id: "nope") { id } }');
    expect(bad.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', fields: { id: 'is not a valid id' } });

    expect(await api.stop()).toBe(0);
    expect(await worker.stop()).toBe(0);
  });
});
