import { serverAudits } from 'graphql-http';
import { TestApps } from './support/test-apps';

/**
 * The GraphQL-over-HTTP specification's server audits (from the graphql-http package, the
 * reference implementation) against the real API: every MUST passes. SHOULD and MAY results are
 * listed when one fails, for information.
 */
describe('GraphQL over HTTP conformance', () => {
  let apps: TestApps;

  beforeAll(async () => {
    apps = await TestApps.start({ worker: false });
  });

  afterAll(async () => {
    await apps?.close();
  });

  const audits = serverAudits({ url: () => apps.client.url });

  it('has audits to run', () => {
    expect(audits.filter((a) => a.name.startsWith('MUST')).length).toBeGreaterThan(10);
  });

  it.each(audits.filter((a) => a.name.startsWith('MUST')).map((a) => [a.name, a] as const))('%s', async (_name, audit) => {
    const result = await audit.fn();
    expect(result.status === 'ok' ? 'ok' : `${result.status}: ${result.reason}`).toBe('ok');
  });

  it('reports the SHOULD and MAY audits it does not meet', async () => {
    const others = audits.filter((a) => !a.name.startsWith('MUST'));
    const results = await Promise.all(others.map((a) => a.fn()));
    const unmet = results.filter((r) => r.status !== 'ok').map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`);
    if (unmet.length) process.stdout.write(`GraphQL over HTTP, recommendations not met:\n  ${unmet.join('\n  ')}\n`);
    expect(results).toHaveLength(others.length);
  });
});
