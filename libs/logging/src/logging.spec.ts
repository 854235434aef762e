import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { pinoHttp } from 'pino-http';
import { AppConfig } from '@app/config';
import { levelOfLog, pinoHttpOptions } from './logging.module';
import { MAX_LOGGED_TEXT, maskEmails, redact, redactText } from './redact';

describe('redaction', () => {
  it('masks e-mail addresses and secret query parameters in text', () => {
    expect(redactText('sent to Jane.Doe+x@example.org and bob@lib.example.com')).toBe('sent to [email] and [email]');
    expect(redactText('GET /r/AbCd-Ef_GhIj 302')).toBe('GET /r/[redacted] 302');
    expect(redactText('/reports/r.csv?from=2027-01-01&sig=abc123&token=zzz')).toBe(
      '/reports/r.csv?from=2027-01-01&sig=[redacted]&token=[redacted]',
    );
  });

  it('replaces values under secret keys and walks nested records', () => {
    expect(
      redact({
        user: { email: 'a@b.example', password: 'p', id: 'u1', phone: '+13125550123' },
        headers: { authorization: 'Bearer x' },
        note: 'call c@d.example',
      }),
    ).toEqual({
      user: { email: '[redacted]', password: '[redacted]', id: 'u1', phone: '[redacted]' },
      headers: { authorization: '[redacted]' },
      note: 'call [email]',
    });
  });
});

describe('e-mail masking', () => {
  /** The pattern the masking replaced: right on every text, but quadratic on long runs without an @. */
  // eslint-disable-next-line regexp/no-super-linear-move -- the reference the linear scan is compared with, on short texts only
  const REFERENCE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

  it('masks exactly what the reference pattern masks, on 20,000 random texts', () => {
    // A small alphabet of the characters that matter, so that addresses and near misses are common.
    const alphabet = ['a', 'Z', '7', '.', '-', '_', '+', '%', '@', ' ', '<', '>', 'é', 'co', 'org'];
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 20_000; i++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 30) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect([text, maskEmails(text)]).toEqual([text, text.replace(REFERENCE, '[email]')]);
    }
  });

  it('works through a long text in one pass', () => {
    const text = `${'x'.repeat(50_000)} reach pat@example.org or ${'a.'.repeat(20_000)}@ ${'@'.repeat(10_000)}`;
    expect(maskEmails(text)).toContain(' reach [email] or ');
    expect(maskEmails(text)).toHaveLength(text.length - 'pat@example.org'.length + '[email]'.length);
  });

  it('cuts long strings before any pattern runs, saying how much was left out', () => {
    const text = `${'y'.repeat(MAX_LOGGED_TEXT)}tail@example.org`;
    expect(redactText(text)).toBe(`${'y'.repeat(MAX_LOGGED_TEXT)}…[16 more]`);
  });

  it('leaves instances (requests, responses) to the serializers, and walks only plain objects', () => {
    class Request {
      body = { email: 'pat@example.org', note: 'x'.repeat(100_000) };
    }
    const request = new Request();
    expect(redact({ req: request })).toEqual({ req: request });
    expect(redact({ list: Array.from({ length: 500 }, () => 'a@b.example') })).toEqual({
      list: Array.from({ length: 100 }, () => '[email]'),
    });
  });
});

describe('request logs', () => {
  it('are JSON lines with the request id, and carry no address or token', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString().split('\n').filter(Boolean));
        done();
      },
    });
    const logger = pinoHttp({ ...pinoHttpOptions(AppConfig.fromEnv({ LOG_LEVEL: 'info' }), 'api'), stream: sink });
    const server = createServer((req: IncomingMessage, res: ServerResponse) => {
      logger(req, res);
      req.log.info({ recipient: 'pat@example.org' }, 'queued a message for pat@example.org');
      res.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await fetch(`http://127.0.0.1:${port}/calendar/x.ics?token=s3cret-token`, { headers: { 'x-request-id': 'req-42' } });
    await new Promise<void>((resolve) => server.close(() => resolve()));

    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records.length).toBeGreaterThanOrEqual(2);
    for (const record of records) expect(record).toMatchObject({ app: 'api', requestId: 'req-42' });
    const all = lines.join('\n');
    expect(all).not.toContain('pat@example.org');
    expect(all).not.toContain('s3cret-token');
    expect(records.find((r) => r.msg === 'queued a message for [email]')).toMatchObject({ recipient: '[redacted]' });
  });
});

describe('the format and level of the apps’ records', () => {
  it('writes Nest’s module, route and resolver records at debug, everything else at info', () => {
    for (const context of ['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'GraphQLModule'])
      expect(levelOfLog(context)).toBe('debug');
    for (const context of ['NestApplication', 'OutboxRelay', undefined, { not: 'a context' }]) expect(levelOfLog(context)).toBe('info');
  });

  it('is pretty only when asked for (or in development at a terminal), JSON lines otherwise', () => {
    const options = (env: Record<string, string>) => pinoHttpOptions(AppConfig.fromEnv({ NODE_ENV: 'test', ...env }), 'api');
    expect(options({ LOG_FORMAT: 'pretty' })).toMatchObject({ transport: { target: 'pino-pretty' } });
    expect(options({ LOG_FORMAT: 'json' })).not.toHaveProperty('transport');
    // Outside development the default is JSON, terminal or not.
    expect(options({})).not.toHaveProperty('transport');
    expect(options({ NODE_ENV: 'production', APP_SECRET: 'a-production-secret-long-enough-for-the-rules' })).not.toHaveProperty(
      'transport',
    );
  });
});
