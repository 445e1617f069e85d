/**
 * The synthetic login-record data set of `pnpm bench login-records`: deterministic (seeded), so the
 * same scale always produces the same rows on both engines.
 *
 * - One big company (10,000 employees, 10M records at scale 1) and 200 small ones (20–200
 *   employees each, 2M records together), interleaved in time order as one table really fills.
 * - Three months ending at `NOW` (the bench clock). Weekday working hours peak (09:00 and 14:00
 *   KST), nights and weekends are quiet.
 * - Employees: 60% Korean, 20% Japanese, 20% English names; 8% heavy users make about half the
 *   records, 5% barely log in.
 * - About 5% failures (10% of those on unknown accounts), a few foreign logins and attacks from one
 *   /16, a few hundred flagged records (half of them reviewed).
 * - IPs: office PCs have a fixed 10.2x.y.z desk address (one /16 per site, 8 sites), mobiles come
 *   from carrier ranges (some IPv6), home PCs from ISP ranges.
 */
import { ipToHex } from '@warden/api/src/core/net/ip';
import { startOfDayMonthsAgo } from '@warden/api/src/core/time/zoned-time';

/** Bump when the generated data changes: kept databases of another version are regenerated. */
export const GENERATOR_VERSION = 1;
/** The bench clock: a Wednesday, 10:00 in Seoul. */
export const NOW = new Date('2026-11-25T01:00:00.000Z');
export const TIME_ZONE = 'Asia/Seoul';
export const BIG_COMPANY = 'bench-big';
export const BIG_EMPLOYEES = 10_000;
export const SMALL_COMPANIES = 200;
export const BIG_ROWS = 10_000_000;
export const SMALL_ROWS = 2_000_000;
/** The first instant the product lets anyone search (three months, company time zone). */
export const WINDOW_START = startOfDayMonthsAgo(NOW, 3, TIME_ZONE);

/** Column order of `RecordRow`, as named in the database. */
export const RECORD_COLUMNS = [
  'company_id',
  'occurred_at',
  'employee_id',
  'employee_name',
  'login_id',
  'result',
  'failure_reason',
  'environment',
  'ip',
  'ip_hex',
  'country',
  'user_agent',
  'source_event_id',
  'suspicious',
  'suspicious_reasons',
  'review_status',
  'reviewed_at',
  'reviewed_by_name',
  'reviewed_by_id',
] as const;
export type RecordRow = Array<string | number | null>;

export const EMPLOYEE_COLUMNS = ['id', 'company_id', 'name', 'login_id', 'email', 'department', 'status', 'created_at'] as const;
export const COMPANY_COLUMNS = ['id', 'name', 'language', 'time_zone', 'subscribed_services', 'security_features_enabled', 'created_at'] as const;

// ── random numbers ───────────────────────────────────────────────────────────────────────────────

export type Random = () => number;

/** mulberry32: small, fast, good enough for test data. */
export function random(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: Random, items: readonly T[]): T => items[Math.floor(rand() * items.length)];

/** A picker over weighted items (cumulative weights, binary search). */
function weighted<T>(items: ReadonlyArray<readonly [T, number]>): (rand: Random) => T {
  const cumulative = new Float64Array(items.length);
  let total = 0;
  items.forEach(([, weight], index) => {
    total += weight;
    cumulative[index] = total;
  });
  return (rand) => items[bisect(cumulative, rand() * total)][0];
}

function bisect(cumulative: Float64Array, value: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid] > value) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** A bijection on 32-bit integers (so distinct inputs give distinct outputs). */
function mix32(value: number, salt: number): number {
  let x = (value ^ salt) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d) >>> 0;
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b) >>> 0;
  return (x ^ (x >>> 16)) >>> 0;
}

const hex8 = (value: number) => value.toString(16).padStart(8, '0');

function uuid(rand: Random): string {
  const h = () => hex8(Math.floor(rand() * 4294967296));
  const a = h() + h() + h() + h();
  return `${a.slice(0, 8)}-${a.slice(8, 12)}-4${a.slice(13, 16)}-${'89ab'[Math.floor(rand() * 4)]}${a.slice(17, 20)}-${a.slice(20, 32)}`;
}

// ── names ────────────────────────────────────────────────────────────────────────────────────────

const KOREAN_SURNAMES: ReadonlyArray<readonly [[string, string], number]> = (
  [
    ['김', 'kim', 21.5], ['이', 'lee', 14.7], ['박', 'park', 8.4], ['최', 'choi', 4.7], ['정', 'jung', 4.3],
    ['강', 'kang', 2.4], ['조', 'cho', 2.1], ['윤', 'yoon', 2.1], ['장', 'jang', 2.0], ['임', 'lim', 1.7],
    ['한', 'han', 1.5], ['오', 'oh', 1.5], ['서', 'seo', 1.5], ['신', 'shin', 1.4], ['권', 'kwon', 1.4],
    ['황', 'hwang', 1.4], ['안', 'ahn', 1.3], ['송', 'song', 1.3], ['전', 'jeon', 1.1], ['홍', 'hong', 1.1],
    ['유', 'yoo', 1.0], ['고', 'ko', 0.9], ['문', 'moon', 0.9], ['양', 'yang', 0.9], ['손', 'son', 0.9],
    ['배', 'bae', 0.8], ['백', 'baek', 0.7], ['허', 'heo', 0.6], ['남', 'nam', 0.5], ['심', 'shim', 0.5],
    ['노', 'noh', 0.5], ['하', 'ha', 0.4], ['곽', 'kwak', 0.4], ['성', 'sung', 0.4], ['차', 'cha', 0.4],
    ['주', 'joo', 0.4], ['우', 'woo', 0.4], ['구', 'koo', 0.4], ['민', 'min', 0.3], ['류', 'ryu', 0.3],
  ] as const
).map(([hangul, roman, weight]) => [[hangul, roman], weight] as const);
const KOREAN_SYLLABLES: ReadonlyArray<readonly [string, string]> = [
  ['민', 'min'], ['서', 'seo'], ['지', 'ji'], ['준', 'jun'], ['현', 'hyeon'], ['우', 'u'], ['예', 'ye'], ['도', 'do'],
  ['윤', 'yun'], ['하', 'ha'], ['은', 'eun'], ['수', 'su'], ['영', 'yeong'], ['진', 'jin'], ['성', 'seong'], ['재', 'jae'],
  ['승', 'seung'], ['연', 'yeon'], ['유', 'yu'], ['주', 'ju'], ['동', 'dong'], ['혜', 'hye'], ['정', 'jeong'], ['경', 'gyeong'],
  ['태', 'tae'], ['호', 'ho'], ['희', 'hui'], ['상', 'sang'], ['원', 'won'], ['빈', 'bin'],
];
const JAPANESE_SURNAMES: ReadonlyArray<readonly [[string, string], number]> = (
  [
    ['佐藤', 'sato', 10], ['鈴木', 'suzuki', 9], ['高橋', 'takahashi', 7], ['田中', 'tanaka', 7], ['伊藤', 'ito', 6],
    ['渡辺', 'watanabe', 6], ['山本', 'yamamoto', 6], ['中村', 'nakamura', 5], ['小林', 'kobayashi', 5], ['加藤', 'kato', 4],
    ['吉田', 'yoshida', 4], ['山田', 'yamada', 4], ['佐々木', 'sasaki', 3], ['山口', 'yamaguchi', 3], ['松本', 'matsumoto', 3],
    ['井上', 'inoue', 3], ['木村', 'kimura', 3], ['林', 'hayashi', 2], ['斎藤', 'saito', 2], ['清水', 'shimizu', 2],
  ] as const
).map(([kanji, roman, weight]) => [[kanji, roman], weight] as const);
const JAPANESE_GIVEN: ReadonlyArray<readonly [string, string]> = [
  ['翔太', 'shota'], ['蓮', 'ren'], ['大翔', 'hiroto'], ['陽菜', 'hina'], ['結衣', 'yui'], ['美咲', 'misaki'], ['健太', 'kenta'],
  ['拓也', 'takuya'], ['花子', 'hanako'], ['太郎', 'taro'], ['直樹', 'naoki'], ['由美', 'yumi'], ['恵', 'megumi'], ['誠', 'makoto'],
  ['裕子', 'yuko'], ['大輔', 'daisuke'], ['愛', 'ai'], ['学', 'manabu'], ['彩', 'aya'], ['悠斗', 'yuto'],
];
const ENGLISH_FIRST = [
  'James', 'Mary', 'Robert', 'Patricia', 'John', 'Jennifer', 'Michael', 'Linda', 'David', 'Elizabeth', 'William', 'Barbara',
  'Richard', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah', 'Daniel', 'Karen', 'Emily', 'Ryan', 'Megan', 'Brian', 'Olivia',
  'Ethan', 'Sophia', 'Nathan', 'Grace', 'Kevin',
];
const ENGLISH_LAST = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez', 'Lopez',
  'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee', 'Thompson', 'White', 'Harris', 'Clark',
  'Lewis', 'Walker', 'Hall', 'Young', 'Allen', 'Wright',
];
const koreanSurname = weighted(KOREAN_SURNAMES);
const japaneseSurname = weighted(JAPANESE_SURNAMES);

function personName(rand: Random, sequence: number): { name: string; loginId: string } {
  const kind = rand();
  if (kind < 0.6) {
    const [surname, roman] = koreanSurname(rand);
    const [g1, r1] = pick(rand, KOREAN_SYLLABLES);
    const [g2, r2] = pick(rand, KOREAN_SYLLABLES);
    return { name: `${surname}${g1}${g2}`, loginId: `${roman}.${r1}${r2}${sequence}` };
  }
  if (kind < 0.8) {
    const [surname, roman] = japaneseSurname(rand);
    const [given, givenRoman] = pick(rand, JAPANESE_GIVEN);
    return { name: `${surname}${given}`, loginId: `${roman}.${givenRoman}${sequence}` };
  }
  const first = pick(rand, ENGLISH_FIRST);
  const last = pick(rand, ENGLISH_LAST);
  return { name: `${first} ${last}`, loginId: `${first.toLowerCase()}.${last.toLowerCase()}${sequence}` };
}

// ── companies and employees ──────────────────────────────────────────────────────────────────────

export interface BenchEmployee {
  id: string;
  index: number;
  name: string;
  loginId: string;
  /** How often this person logs in, relative to others of the company. */
  weight: number;
  deskIp: string;
  homeIp: string;
}

export interface BenchCompany {
  id: string;
  name: string;
  employees: BenchEmployee[];
  /** Share of all records. */
  share: number;
  pickEmployee: (rand: Random) => BenchEmployee;
  /** Small companies log in through one office address. */
  officeIp: string | null;
}

const ISP_PREFIXES = ['121.134', '175.223', '211.36', '1.234', '58.120', '112.169', '220.85', '14.52'];
const CARRIER_PREFIXES = ['223.38', '223.39', '39.7', '106.101', '110.70', '211.234'];

/** Companies with their employees; independent of the scale. */
export function buildCompanies(): BenchCompany[] {
  const rand = random(20261125);
  let sequence = 0;
  const makeEmployees = (count: number, companyIndex: number): BenchEmployee[] =>
    Array.from({ length: count }, (_, index) => {
      sequence += 1;
      const { name, loginId } = personName(rand, sequence);
      const activity = rand();
      const weight = activity < 0.05 ? 0.02 : activity < 0.13 ? 6 + rand() * 10 : 0.3 + rand() * 1.4;
      const site = Math.floor(rand() * 8);
      return {
        id: uuid(rand),
        index,
        name,
        loginId,
        weight,
        // One /16 per site: 10.20.0.0/16 … 10.27.0.0/16. Small companies' desks are not seen (NAT).
        deskIp: companyIndex === 0 ? `10.${20 + site}.${1 + (Math.floor(index / 250) % 250)}.${1 + (index % 250)}` : '',
        homeIp: `${pick(rand, ISP_PREFIXES)}.${Math.floor(rand() * 256)}.${1 + Math.floor(rand() * 254)}`,
      };
    });
  const company = (id: string, name: string, employees: BenchEmployee[], share: number, officeIp: string | null): BenchCompany => ({
    id,
    name,
    employees,
    share,
    officeIp,
    pickEmployee: weighted(employees.map((employee) => [employee, employee.weight] as const)),
  });

  const companies = [company(BIG_COMPANY, 'Big Corp', makeEmployees(BIG_EMPLOYEES, 0), BIG_ROWS / (BIG_ROWS + SMALL_ROWS), null)];
  const small = Array.from({ length: SMALL_COMPANIES }, (_, index) => {
    const size = 20 + Math.floor(rand() * 181);
    return { index: index + 1, size, activity: 0.5 + rand() };
  });
  const smallTotal = small.reduce((sum, item) => sum + item.size * item.activity, 0);
  for (const item of small) {
    const id = `bench-s${String(item.index).padStart(3, '0')}`;
    companies.push(
      company(
        id,
        `Small Co ${item.index}`,
        makeEmployees(item.size, item.index),
        ((SMALL_ROWS / (BIG_ROWS + SMALL_ROWS)) * item.size * item.activity) / smallTotal,
        `61.${40 + (item.index % 200)}.${Math.floor(rand() * 256)}.${1 + Math.floor(rand() * 254)}`,
      ),
    );
  }
  return companies;
}

// ── records ──────────────────────────────────────────────────────────────────────────────────────

/** Weekday traffic by hour of day (KST); weekends are 12% of it plus a floor. */
const HOUR_WEIGHTS = [0.15, 0.08, 0.05, 0.04, 0.04, 0.06, 0.2, 0.6, 2.2, 3.0, 2.0, 1.5, 1.0, 2.2, 1.8, 1.5, 1.4, 1.3, 1.0, 0.7, 0.6, 0.5, 0.4, 0.25];
const KST_OFFSET_MS = 9 * 3_600_000;

const ENVIRONMENTS = weighted([
  ['PC_WEB', 0.3],
  ['PC_APP', 0.25],
  ['MOBILE_WEB', 0.08],
  ['IOS_APP', 0.14],
  ['ANDROID_APP', 0.18],
  ['API', 0.03],
  ['OTHER', 0.02],
] as const);
const FAILURE_REASONS = weighted([
  ['WRONG_PASSWORD', 0.7],
  ['SECOND_FACTOR_FAILED', 0.1],
  ['UNKNOWN_ACCOUNT', 0.1],
  ['ACCOUNT_LOCKED', 0.05],
  ['ACCOUNT_DISABLED', 0.02],
  ['OTHER', 0.03],
] as const);
const USER_AGENTS: Record<string, readonly (string | null)[]> = {
  PC_WEB: [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_7_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
  ],
  PC_APP: ['WorksMessenger/4.2.1 (Windows NT 10.0; Win64; x64) Electron/32.2.0', 'WorksMessenger/4.2.1 (Macintosh; Intel Mac OS X 14_7_1) Electron/32.2.0'],
  MOBILE_WEB: [
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Linux; Android 14; SM-S921N) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.81 Mobile Safari/537.36',
  ],
  IOS_APP: ['WorksMobile/3.8.2 (iPhone; iOS 18.1; Scale/3.00)', 'WorksMobile/3.8.1 (iPhone; iOS 17.6.1; Scale/3.00)'],
  ANDROID_APP: ['WorksMobile/3.8.2 (Linux; Android 14; SM-S921N)', 'WorksMobile/3.8.2 (Linux; Android 13; SM-A546N)', 'WorksMobile/3.7.9 (Linux; Android 14; Pixel 8)'],
  API: ['warden-sync/1.0 (+https://example.com/identity)'],
  OTHER: [null, 'curl/8.5.0'],
};
const FOREIGN = [
  { prefix: '126.', country: 'JP' },
  { prefix: '52.', country: 'US' },
  { prefix: '113.161.', country: 'VN' },
] as const;
const UNKNOWN_LOGINS = ['admin', 'administrator', 'test', 'root', 'guest', 'user01', 'support', 'hr'];
const ATTACK_RANGE = '185.220';

const formatTime = (ms: number) => new Date(ms).toISOString().replace('T', ' ').replace('Z', '');

function carrierIp(rand: Random): string {
  if (rand() < 0.15) {
    const group = () => Math.floor(rand() * 65536).toString(16);
    return `2001:e60:${group()}:${group()}:${group()}:${group()}:${group()}:${group()}`;
  }
  return `${pick(rand, CARRIER_PREFIXES)}.${Math.floor(rand() * 256)}.${1 + Math.floor(rand() * 254)}`;
}

export interface GenerationPlan {
  rows: number;
  /** Calls `write` with chunks of rows in time order; resolves when all are written. */
  run(chunkSize: number, write: (rows: RecordRow[]) => Promise<void> | void): Promise<void>;
}

/** All records at `scale` (1 = 12M), oldest first, in chunks. */
export function planRecords(companies: BenchCompany[], scale: number): GenerationPlan {
  const total = Math.round((BIG_ROWS + SMALL_ROWS) * scale);
  const start = WINDOW_START.getTime();
  const end = NOW.getTime();
  const hours: Array<{ from: number; weight: number }> = [];
  for (let from = start; from < end; from += 3_600_000) {
    const local = new Date(from + KST_OFFSET_MS);
    const weekday = local.getUTCDay();
    const base = HOUR_WEIGHTS[local.getUTCHours()];
    const weight = (weekday === 0 || weekday === 6 ? base * 0.12 + 0.03 : base) * (Math.min(end, from + 3_600_000) - from) / 3_600_000;
    hours.push({ from, weight });
  }
  const weightTotal = hours.reduce((sum, hour) => sum + hour.weight, 0);
  const pickCompany = weighted(companies.map((company) => [company, company.share] as const));
  const admin = companies[0].employees[0];

  return {
    rows: total,
    async run(chunkSize, write) {
      const rand = random(7);
      let cumulative = 0;
      let written = 0;
      let sequence = 0;
      let chunk: RecordRow[] = [];
      for (const hour of hours) {
        cumulative += hour.weight;
        const upTo = Math.round((cumulative / weightTotal) * total);
        const count = upTo - written;
        written = upTo;
        const span = Math.min(end, hour.from + 3_600_000) - hour.from;
        const times = new Float64Array(count);
        for (let i = 0; i < count; i += 1) times[i] = hour.from + Math.floor(rand() * span);
        times.sort();
        for (let i = 0; i < count; i += 1) {
          sequence += 1;
          chunk.push(makeRecord(rand, pickCompany(rand), times[i], sequence, admin));
          if (chunk.length === chunkSize) {
            await write(chunk);
            chunk = [];
          }
        }
      }
      if (chunk.length > 0) await write(chunk);
    },
  };
}

function makeRecord(rand: Random, company: BenchCompany, at: number, sequence: number, admin: BenchEmployee): RecordRow {
  const employee = company.pickEmployee(rand);
  let environment: string = ENVIRONMENTS(rand);
  let result = 'SUCCESS';
  let failureReason: string | null = null;
  let employeeId: string | null = employee.id;
  let employeeName: string | null = employee.name;
  let loginId = employee.loginId;
  let ip: string;
  let country: string | null = 'KR';
  let reasons: string | null = null;

  const special = rand();
  if (special < 0.0002) {
    // An attack from one /16: mostly failures, the odd success flagged as a failure burst.
    ip = `${ATTACK_RANGE}.${Math.floor(rand() * 256)}.${1 + Math.floor(rand() * 254)}`;
    country = rand() < 0.5 ? 'DE' : 'NL';
    environment = 'PC_WEB';
    if (rand() < 0.05) {
      reasons = JSON.stringify([{ rule: 'FAILURE_BURST', detail: `${5 + Math.floor(rand() * 10)} failed attempts in 10 min, then a success` }]);
    } else {
      result = 'FAILURE';
      failureReason = rand() < 0.5 ? 'WRONG_PASSWORD' : 'UNKNOWN_ACCOUNT';
    }
  } else if (special < 0.0007) {
    // Abroad (a trip, or a stolen password): a third flagged.
    const place = pick(rand, FOREIGN);
    ip = `${place.prefix}${Math.floor(rand() * 256)}.${Math.floor(rand() * 256)}.${1 + Math.floor(rand() * 254)}`.replace(/^(\d+\.\d+\.\d+\.\d+)\.\d+$/, '$1');
    country = place.country;
    environment = rand() < 0.5 ? 'IOS_APP' : 'ANDROID_APP';
    if (rand() < 0.33) {
      reasons = JSON.stringify(
        rand() < 0.7
          ? [{ rule: 'NEW_COUNTRY', detail: `First login from ${place.country}; the last 20 logins were from KR` }]
          : [{ rule: 'IMPOSSIBLE_TRAVEL', detail: `${1500 + Math.floor(rand() * 8000)} km from the previous login 40 min earlier` }],
      );
    }
  } else {
    if (environment === 'PC_WEB' || environment === 'PC_APP') {
      if (company.officeIp) ip = rand() < 0.85 ? company.officeIp : employee.homeIp;
      else ip = rand() < 0.8 ? employee.deskIp : employee.homeIp;
      if (ip.startsWith('10.')) country = null;
    } else if (environment === 'API') {
      ip = `10.99.0.${1 + (employee.index % 4)}`;
      country = null;
    } else {
      ip = carrierIp(rand);
    }
    if (rand() < 0.05) {
      result = 'FAILURE';
      failureReason = FAILURE_REASONS(rand);
    }
  }
  if (failureReason === 'UNKNOWN_ACCOUNT') {
    employeeId = null;
    employeeName = null;
    loginId = rand() < 0.5 ? pick(rand, UNKNOWN_LOGINS) : `${employee.loginId.slice(0, -1)}x`;
  }
  const suspicious = reasons ? 1 : 0;
  const reviewed = suspicious && rand() < 0.5;
  const userAgents = USER_AGENTS[environment];
  return [
    company.id,
    formatTime(at),
    employeeId,
    employeeName,
    loginId,
    result,
    failureReason,
    environment,
    ip,
    ipToHex(ip),
    country,
    userAgents[Math.floor(rand() * userAgents.length)],
    `evt_${hex8(mix32(sequence, 0x5bd1e995))}${hex8(mix32(sequence, 0x1b873593))}`,
    suspicious,
    reasons,
    reviewed ? (rand() < 0.9 ? 'CONFIRMED_SAFE' : 'CONFIRMED_COMPROMISED') : null,
    reviewed ? formatTime(Math.min(NOW.getTime(), at + 3_600_000 * (1 + Math.floor(rand() * 48)))) : null,
    reviewed ? admin.name : null,
    reviewed ? admin.id : null,
  ];
}

export function companyRows(companies: BenchCompany[]): Array<Array<string | number>> {
  const created = formatTime(WINDOW_START.getTime() - 365 * 86_400_000);
  return companies.map((company) => [company.id, company.name, 'ko', TIME_ZONE, JSON.stringify(['APPROVAL']), 1, created]);
}

export function employeeRows(companies: BenchCompany[]): Array<Array<string | null>> {
  const created = formatTime(WINDOW_START.getTime() - 365 * 86_400_000);
  return companies.flatMap((company) =>
    company.employees.map((employee) => [
      employee.id,
      company.id,
      employee.name,
      employee.loginId,
      `${employee.loginId}@${company.id}.example`,
      `Dept ${employee.index % 40}`,
      'ACTIVE',
      created,
    ]),
  );
}
