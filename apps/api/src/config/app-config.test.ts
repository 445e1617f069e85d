import path from 'node:path';
import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('runs on the embedded default with no variables at all', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.database).toEqual({ kind: 'sqlite', file: path.resolve(__dirname, '../../../../data/warden.sqlite') });
    expect(config.mongodbUrl).toBeNull();
    expect(config.smtpUrl).toBeNull();
    expect(config.jobs).toBe(true);
    expect(config.demoData).toBe(true);
    expect(config.cookieSecure).toBe(false);
  });

  it('reads a MySQL DATABASE_URL and redacts its password for messages', () => {
    const config = loadConfig({ DATABASE_URL: 'mysql://warden:s3cret@db.internal:3307/warden' });
    expect(config.database).toMatchObject({ kind: 'mariadb', host: 'db.internal', port: 3307, database: 'warden' });
    expect(config.database.kind === 'mariadb' && config.database.redacted).toBe('mysql://warden:***@db.internal:3307/warden');
    expect(config.demoData).toBe(false);
  });

  it('lists every bad variable in one error', () => {
    let error: ConfigError | undefined;
    try {
      loadConfig({ PORT: '70000', DATABASE_URL: 'mysql://host-only', SMTP_URL: 'http://mail', COOKIE_SECURE: 'maybe' });
    } catch (caught) {
      error = caught as ConfigError;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect(error!.problems).toEqual([
      'PORT must be a whole number from 0 to 65535, got "70000"',
      'DATABASE_URL must name a host and a database, e.g. mysql://root@127.0.0.1:3306/warden',
      'SMTP_URL must start with smtp:// or smtps://',
      'COOKIE_SECURE must be on or off, got "maybe"',
    ]);
  });

  it('reads SMS_WEBHOOK_URL and refuses anything but an http(s) URL', () => {
    expect(loadConfig({}).smsWebhookUrl).toBeNull();
    expect(loadConfig({ SMS_WEBHOOK_URL: 'https://sms.example.com/send' }).smsWebhookUrl).toBe('https://sms.example.com/send');
    expect(() => loadConfig({ SMS_WEBHOOK_URL: 'ftp://sms' })).toThrow(/SMS_WEBHOOK_URL must be an http\(s\) URL, got "ftp:\/\/sms"/);
  });

  it('uses Secure cookies when Warden is reached over https', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://warden.example.com' }).cookieSecure).toBe(true);
  });
});
