import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { pinoHttp } from 'pino-http';
import { AppConfig } from '@app/config';
import { pinoHttpOptions } from './logging.module';
import { redact, redactText } from './redact';

describe('redaction', () => {
  it('masks e-mail addresses and secret query parameters in text', () => {
    expect(redactText('sent to Jane.Doe+x@example.org and bob@lib.example.com')).toBe('sent to [email] and [email]');
    expect(redactText('/reports/r.csv?from=2027-01-01&sig=abc123&token=zzz')).toBe(
      '/reports/r.csv?from=2027-01-01&sig=[redacted]&token=[redacted]',
    );
  });

  it('replaces values under secret keys and walks nested records', () => {
    expect(
      redact({ user: { email: 'a@b.example', password: 'p', id: 'u1' }, headers: { authorization: 'Bearer x' }, note: 'call c@d.example' }),
    ).toEqual({
      user: { email: '[redacted]', password: '[redacted]', id: 'u1' },
      headers: { authorization: '[redacted]' },
      note: 'call [email]',
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
