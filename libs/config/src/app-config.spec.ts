import { AppConfig, ConfigError } from './app-config';

const problemsOf = (env: Record<string, string>): string[] => {
  try {
    AppConfig.fromEnv(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe('AppConfig', () => {
  it('has a development default for every variable', () => {
    const config = AppConfig.fromEnv({});
    expect(config).toMatchObject({
      nodeEnv: 'development',
      databaseUrl: 'mysql://root@127.0.0.1:3306/commonroom',
      redisUrl: 'redis://127.0.0.1:6379',
      smtpUrl: null,
      sms: null,
      publicUrl: 'http://localhost:3000',
      port: 3000,
      corsOrigins: ['http://localhost:3000'],
      mailRatePerSecond: 50,
      adminEmail: 'admin@commonroom.local',
      adminPassword: null,
      queuePrefix: 'commonroom',
      rateLimitPerMinute: 60,
    });
    expect(config.database).toEqual({ host: '127.0.0.1', port: 3306, username: 'root', password: '', database: 'commonroom' });
  });

  it('names every invalid variable', () => {
    const problems = problemsOf({ PORT: 'eighty', DATABASE_URL: 'postgres://x/y', SMTP_URL: 'mail.example.org', QUEUE_PREFIX: 'a:b' });
    expect(problems.map((p) => p.split(' ')[0].replace(/:$/, '')).sort()).toEqual(['DATABASE_URL', 'PORT', 'QUEUE_PREFIX', 'SMTP_URL']);
  });

  it('reads the text-message gateway from SMS_URL, and refuses one it cannot bind to', () => {
    expect(AppConfig.fromEnv({ SMS_URL: 'smpp://library:s%40cret@sms.example.net:2776?source=RIVERLIB' }).sms).toEqual({
      tls: false,
      host: 'sms.example.net',
      port: 2776,
      systemId: 'library',
      password: 's@cret',
      source: 'RIVERLIB',
    });
    expect(AppConfig.fromEnv({ SMS_URL: 'smpps://library:pw@sms.example.net' }).sms).toMatchObject({
      tls: true,
      port: 3550,
      source: 'LIBRARY',
    });
    for (const url of ['http://sms.example.net', 'smpp://sms.example.net:2775', 'sms.example.net'])
      expect(problemsOf({ SMS_URL: url }).map((p) => p.split(':')[0])).toEqual(['SMS_URL']);
  });

  it('trusts a proxy by hop count or address, never every client', () => {
    expect(problemsOf({ TRUST_PROXY: 'true' })).toEqual(['TRUST_PROXY: must be empty, a number of hops, or proxy addresses (not "true")']);
    expect(problemsOf({ TRUST_PROXY: '1' })).toEqual([]);
    expect(problemsOf({ TRUST_PROXY: 'loopback, 10.0.0.0/8' })).toEqual([]);
  });

  it('requires APP_SECRET in production, and a long one whenever it is set', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual(['APP_SECRET: must be set in production']);
    expect(problemsOf({ APP_SECRET: 'short' })).toEqual(['APP_SECRET: must be at least 32 characters (and set explicitly in production)']);
    expect(problemsOf({ NODE_ENV: 'production', APP_SECRET: 'x'.repeat(40) })).toEqual([]);
  });

  it('reads lists and numbers', () => {
    const config = AppConfig.fromEnv({
      CORS_ORIGINS: 'https://a.example, https://b.example',
      RATE_LIMIT_PER_MINUTE: '0',
      DATABASE_URL: 'mysql://app:p%40ss@db:3307/cr',
    });
    expect(config.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(config.rateLimitPerMinute).toBe(0);
    expect(config.database).toEqual({ host: 'db', port: 3307, username: 'app', password: 'p@ss', database: 'cr' });
  });
});
