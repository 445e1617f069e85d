import path from 'node:path';

/** Where Warden keeps its data: the embedded SQLite file, or a MySQL/MariaDB server. */
export type DatabaseConfig =
  | { kind: 'sqlite'; file: string }
  | { kind: 'mariadb'; url: string; host: string; port: number; database: string; redacted: string };

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface AppConfig {
  readonly host: string;
  readonly port: number;
  /** The address users reach Warden at; used in e-mails and to decide on Secure cookies. */
  readonly publicUrl: string;
  readonly dataDir: string;
  readonly database: DatabaseConfig;
  /** Agenda keeps its jobs in MongoDB when set, in Warden's SQL database otherwise. */
  readonly mongodbUrl: string | null;
  /** Real SMTP when set; otherwise messages are written to `<dataDir>/outbox` as .eml files. */
  readonly smtpUrl: string | null;
  readonly mailFrom: string;
  /** Text messages (step-up codes) are POSTed here as JSON when set; otherwise written to the outbox. */
  readonly smsWebhookUrl: string | null;
  /** Whether this process runs scheduled jobs (API processes can leave them to `pnpm worker`). */
  readonly jobs: boolean;
  /** Data export files (R44): `<dataDir>/exports/<companyId>/<exportId>/`. */
  readonly exportsDir: string;
  /** Days a completed export can be downloaded before its files are deleted (R48). */
  readonly exportDownloadDays: number;
  /** A build running longer than this fails (R45), so a stuck export cannot block the company for good. */
  readonly exportMaxBuildMinutes: number;
  /** Replaces every split size with this many bytes; set only by tests to split small archives. */
  readonly exportSplitBytesOverride: number | null;
  readonly sessionTtlHours: number;
  readonly cookieSecure: boolean;
  /** Express `trust proxy`: needed to record the real client IP behind a reverse proxy. */
  readonly trustProxy: string | false;
  /** Seed the demo company into an empty database at start-up. */
  readonly demoData: boolean;
  readonly webDistDir: string;
  readonly logLevel: LogLevel;
  /** Data rows per sheet in Excel downloads before a new sheet starts; lowered only to test the split. */
  readonly xlsxMaxRowsPerSheet: number;
  /** Root of the local-disk file storage (attachments, export files): `<dataDir>/files`. */
  readonly filesDir: string;
  /** Largest file an integration may upload through `POST /integration/files`. */
  readonly uploadMaxBytes: number;
}

/** Start-up stops with this error; it names every bad variable, not just the first. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

const REPO_ROOT = path.resolve(__dirname, '../../../..');

/** Reads and validates the environment once. The only module that touches `process.env`. */
export function loadConfig(env: Env = process.env): AppConfig {
  const problems: string[] = [];
  const read = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === '' ? undefined : value;
  };

  const port = parseInteger(read('PORT') ?? '4000', 'PORT', 0, 65535, problems);
  const host = read('HOST') ?? '0.0.0.0';
  // The default is relative to the repository, not the working directory: `pnpm start` and
  // `pnpm seed` run from different folders and must find the same database.
  const dataDirSetting = read('DATA_DIR');
  const dataDir = dataDirSetting ? path.resolve(dataDirSetting) : path.join(REPO_ROOT, 'data');
  const database = parseDatabaseUrl(read('DATABASE_URL'), dataDir, problems);

  const publicUrl = read('PUBLIC_URL') ?? `http://localhost:${port ?? 4000}`;
  if (!isHttpUrl(publicUrl)) problems.push(`PUBLIC_URL must be an http(s) URL, got "${publicUrl}"`);

  const mongodbUrl = read('MONGODB_URL') ?? null;
  if (mongodbUrl && !/^mongodb(\+srv)?:\/\/.+/.test(mongodbUrl)) {
    problems.push('MONGODB_URL must start with mongodb:// or mongodb+srv://');
  }
  const smtpUrl = read('SMTP_URL') ?? null;
  if (smtpUrl && !/^smtps?:\/\/.+/.test(smtpUrl)) problems.push('SMTP_URL must start with smtp:// or smtps://');
  const mailFrom = read('MAIL_FROM') ?? 'Warden <no-reply@warden.localhost>';
  if (!/@/.test(mailFrom)) problems.push(`MAIL_FROM must contain an e-mail address, got "${mailFrom}"`);

  const smsWebhookUrl = read('SMS_WEBHOOK_URL') ?? null;
  if (smsWebhookUrl && !isHttpUrl(smsWebhookUrl)) {
    problems.push(`SMS_WEBHOOK_URL must be an http(s) URL, got "${smsWebhookUrl}"`);
  }

  const jobs = parseSwitch(read('JOBS') ?? 'on', 'JOBS', problems);
  const exportDownloadDays = parseInteger(read('EXPORT_DOWNLOAD_DAYS') ?? '7', 'EXPORT_DOWNLOAD_DAYS', 1, 365, problems);
  const exportMaxBuildMinutes = parseInteger(read('EXPORT_MAX_BUILD_MINUTES') ?? '720', 'EXPORT_MAX_BUILD_MINUTES', 1, 7 * 24 * 60, problems);
  const exportSplitBytesSetting = read('EXPORT_SPLIT_BYTES_OVERRIDE');
  const exportSplitBytesOverride =
    exportSplitBytesSetting === undefined
      ? null
      : (parseInteger(exportSplitBytesSetting, 'EXPORT_SPLIT_BYTES_OVERRIDE', 1024, 4_000_000_000, problems) ?? null);
  const sessionTtlHours = parseInteger(read('SESSION_TTL_HOURS') ?? '12', 'SESSION_TTL_HOURS', 1, 24 * 30, problems);
  const cookieSecureSetting = read('COOKIE_SECURE') ?? 'auto';
  const cookieSecure =
    cookieSecureSetting === 'auto'
      ? publicUrl.startsWith('https:')
      : parseSwitch(cookieSecureSetting, 'COOKIE_SECURE', problems);

  const trustProxySetting = read('TRUST_PROXY');
  const trustProxy = trustProxySetting === undefined || trustProxySetting === 'off' ? false : trustProxySetting;

  const demoSetting = read('DEMO_DATA') ?? 'auto';
  const demoData =
    demoSetting === 'auto' ? database?.kind === 'sqlite' : parseSwitch(demoSetting, 'DEMO_DATA', problems);

  const logLevel = read('LOG_LEVEL') ?? 'info';
  if (!['debug', 'info', 'warn', 'error'].includes(logLevel)) {
    problems.push(`LOG_LEVEL must be one of debug, info, warn, error, got "${logLevel}"`);
  }
  const xlsxMaxRowsPerSheet = parseInteger(read('XLSX_MAX_ROWS_PER_SHEET') ?? '1048575', 'XLSX_MAX_ROWS_PER_SHEET', 1, 1_048_575, problems);
  // 100 MiB by default: approval attachments are office documents and scans, not media libraries.
  const uploadMaxBytes = parseInteger(read('UPLOAD_MAX_BYTES') ?? '104857600', 'UPLOAD_MAX_BYTES', 1, 10 * 1024 ** 3, problems);
  const webDistDir = path.resolve(read('WEB_DIST_DIR') ?? path.join(REPO_ROOT, 'apps/web/dist'));

  if (problems.length > 0 || port === undefined || sessionTtlHours === undefined || !database || !xlsxMaxRowsPerSheet || !uploadMaxBytes) {
    throw new ConfigError(problems);
  }
  return Object.freeze({
    host,
    port,
    publicUrl: publicUrl.replace(/\/+$/, ''),
    dataDir,
    database,
    mongodbUrl,
    smtpUrl,
    mailFrom,
    smsWebhookUrl,
    jobs: jobs ?? true,
    exportsDir: path.join(dataDir, 'exports'),
    exportDownloadDays: exportDownloadDays ?? 7,
    exportMaxBuildMinutes: exportMaxBuildMinutes ?? 720,
    exportSplitBytesOverride,
    sessionTtlHours,
    cookieSecure: cookieSecure ?? false,
    trustProxy,
    demoData: demoData ?? false,
    webDistDir,
    logLevel: logLevel as LogLevel,
    xlsxMaxRowsPerSheet,
    filesDir: path.join(dataDir, 'files'),
    uploadMaxBytes,
  });
}

function parseDatabaseUrl(value: string | undefined, dataDir: string, problems: string[]): DatabaseConfig | undefined {
  if (value === undefined) return { kind: 'sqlite', file: path.join(dataDir, 'warden.sqlite') };
  if (value.startsWith('sqlite:')) {
    const file = value.slice('sqlite:'.length).replace(/^\/\//, '');
    if (!file) {
      problems.push('DATABASE_URL sqlite: needs a file path, e.g. sqlite:./data/warden.sqlite');
      return undefined;
    }
    return { kind: 'sqlite', file: path.resolve(file) };
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    problems.push('DATABASE_URL is not a valid URL (expected mysql://user:password@host:3306/database or sqlite:path)');
    return undefined;
  }
  if (url.protocol !== 'mysql:' && url.protocol !== 'mariadb:') {
    problems.push(`DATABASE_URL scheme "${url.protocol}" is not supported (use mysql://, mariadb:// or sqlite:)`);
    return undefined;
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!url.hostname || !database) {
    problems.push('DATABASE_URL must name a host and a database, e.g. mysql://root@127.0.0.1:3306/warden');
    return undefined;
  }
  const redacted = new URL(value);
  if (redacted.password) redacted.password = '***';
  return {
    kind: 'mariadb',
    url: value,
    host: url.hostname,
    port: url.port ? Number(url.port) : 3306,
    database,
    redacted: redacted.toString(),
  };
}

function parseInteger(value: string, name: string, min: number, max: number, problems: string[]): number | undefined {
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < min || number > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max}, got "${value}"`);
    return undefined;
  }
  return number;
}

function parseSwitch(value: string, name: string, problems: string[]): boolean | undefined {
  if (['on', 'true', '1', 'yes'].includes(value)) return true;
  if (['off', 'false', '0', 'no'].includes(value)) return false;
  problems.push(`${name} must be on or off, got "${value}"`);
  return undefined;
}

function isHttpUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}
