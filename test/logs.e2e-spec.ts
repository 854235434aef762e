import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { dropDatabase } from '@app/database';
import { BuiltApp } from './support/built-apps';
import { freePort } from './support/redis-server';
import { migratedDatabase } from './support/test-apps';
import { testEnv } from './support/test-config';

const START_UP_NOISE = /InstanceLoader|RoutesResolver|RouterExplorer/;

/** What a person sees when the API starts: its records at info, without Nest's start-up noise. */
describe('the API’s logs at start-up', () => {
  let env: Record<string, string>;
  let config: AppConfig;
  let db: DataSource;
  const started: BuiltApp[] = [];

  const startApi = async (overrides: Record<string, string>): Promise<BuiltApp> => {
    const api = BuiltApp.start('api', { ...env, PORT: String(await freePort()), ...overrides });
    started.push(api);
    await api.waitFor('Commonroom API:');
    return api;
  };

  beforeAll(async () => {
    env = testEnv({ NODE_ENV: 'development', LOG_LEVEL: 'info' });
    config = AppConfig.fromEnv(env);
    db = await migratedDatabase(config);
  });

  afterAll(async () => {
    for (const api of started) await api.stop();
    await db?.destroy();
    await dropDatabase(config, config.database.database);
  });

  it('as JSON lines (not a terminal): the application started, and no module or route noise at info', async () => {
    const api = await startApi({ LOG_FORMAT: 'json' });
    const records = api.output
      .join('')
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { level: number; context?: string; msg: string });
    expect(records.some((r) => r.context === 'NestApplication' && r.level === 30)).toBe(true);
    expect(records.filter((r) => START_UP_NOISE.test(r.context ?? ''))).toEqual([]);
    // Besides the records, the two lines the API prints for a person: the first administrator, its URL.
    const lines = api.output.join('').split('\n').filter(Boolean);
    const printed = lines.filter((line) => !line.startsWith('{') && !line.startsWith('Created the first administrator'));
    expect(printed).toEqual([`Commonroom API: ${env.PUBLIC_URL}/graphql`]);
  });

  it('as one readable line per record with LOG_FORMAT=pretty', async () => {
    const api = await startApi({ LOG_FORMAT: 'pretty' });
    await api.waitFor('Nest application successfully started');
    const text = api.output.join('');
    expect(text).not.toMatch(/^\{/m);
    expect(text).toMatch(/INFO.*Nest application successfully started/);
    expect(text).not.toMatch(START_UP_NOISE);
  });
});
