import { eventually } from './support/eventually';
import { serverUrls } from './support/servers';
import { TcpProxy } from './support/tcp-proxy';
import { TestApps } from './support/test-apps';

describe('health', () => {
  let proxy: TcpProxy;
  let apps: TestApps;

  beforeAll(async () => {
    const mysql = new URL(serverUrls.mysql);
    proxy = await TcpProxy.start({ host: mysql.hostname, port: Number(mysql.port || 3306) });
    apps = await TestApps.start({ worker: false, mysqlUrl: proxy.urlFor(serverUrls.mysql) });
  });

  afterAll(async () => {
    await proxy?.restore();
    await apps?.close();
    await proxy?.cut();
  });

  const get = async (path: string) => {
    const response = await fetch(`${apps.baseUrl}${path}`);
    return { status: response.status, body: await response.json() };
  };

  it('is live and ready when MySQL and Redis answer', async () => {
    expect(await get('/health/live')).toEqual({ status: 200, body: { status: 'ok' } });
    expect(await get('/health/ready')).toEqual({ status: 200, body: { status: 'ok', checks: { database: 'up', redis: 'up' } } });
  });

  it('is not ready (503) while MySQL is unreachable, still live, and ready again after', async () => {
    await proxy.cut();
    expect(await get('/health/ready')).toEqual({ status: 503, body: { status: 'unavailable', checks: { database: 'down', redis: 'up' } } });
    expect((await get('/health/live')).status).toBe(200);
    await proxy.restore();
    await eventually(async () => expect((await get('/health/ready')).status).toBe(200));
  });
});
