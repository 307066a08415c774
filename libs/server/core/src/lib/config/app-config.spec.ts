import { ConfigError, validateAppConfig } from './app-config';

describe('validateAppConfig', () => {
  it('applies the documented defaults to an empty environment', () => {
    const config = validateAppConfig({});
    expect(config.API_PORT).toBe(3000);
    expect(config.DATABASE_URL).toBe('mysql://root@127.0.0.1:3306/thidua');
    expect(config.REDIS_URL).toBe('redis://127.0.0.1:6379');
  });

  it('converts numbers and booleans from their string form', () => {
    const config = validateAppConfig({ API_PORT: '4000', TRUST_PROXY: 'true' });
    expect(config.API_PORT).toBe(4000);
    expect(config.TRUST_PROXY).toBe(true);
  });

  it('names every bad setting in one error', () => {
    try {
      validateAppConfig({ API_PORT: 'abc', DATABASE_URL: 'postgres://x/y', REDIS_URL: 'localhost' });
      throw new Error('expected a ConfigError');
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const { problems } = error as ConfigError;
      expect(problems).toHaveLength(3);
      expect(problems.join('\n')).toMatch(/API_PORT="abc"/);
      expect(problems.join('\n')).toMatch(/DATABASE_URL="postgres:\/\/x\/y": must look like mysql/);
      expect(problems.join('\n')).toMatch(/REDIS_URL/);
    }
  });

  it('refuses to run production with the development JWT secret', () => {
    expect(() => validateAppConfig({ NODE_ENV: 'production' })).toThrow(
      /JWT_SECRET.*must be set in production/,
    );
    expect(() => validateAppConfig({ NODE_ENV: 'production', JWT_SECRET: 'short' })).toThrow(/at least 32/);
    expect(validateAppConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }).JWT_SECRET).toHaveLength(
      40,
    );
  });

  it('sends mail through SMTP_URL only when it looks like an SMTP address, else to the outbox', () => {
    expect(validateAppConfig({}).SMTP_URL).toBe('');
    expect(validateAppConfig({}).MAIL_FROM).toBe('ThiĐua <no-reply@thidua.local>');
    expect(validateAppConfig({ SMTP_URL: 'smtps://u:p@mail.thidua.vn:465' }).SMTP_URL).toBe(
      'smtps://u:p@mail.thidua.vn:465',
    );
    expect(() => validateAppConfig({ SMTP_URL: 'mail.thidua.vn:25' })).toThrow(
      /SMTP_URL="mail.thidua.vn:25"/,
    );
  });
});
