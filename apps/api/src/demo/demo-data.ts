import { AdminRole, Language, LoginEnvironment, LoginFailureReason, LoginResult, SERVICES, Service } from '@warden/shared';
import { Company } from '../features/companies/company.entity';
import { AdminRoleAssignment } from '../features/employees/admin-role-assignment.entity';
import { Employee } from '../features/employees/employee.entity';
import { hashPassword } from '../features/auth/password';
import { LoginRecord } from '../features/login-records/login-record.entity';
import { ipToHex } from '../core/net/ip';
import type { Logger } from '../core/logging/logger';
import type { Services } from '../core/services';

/** The demo sign-in printed at start-up and in the README. */
export const DEMO_ADMIN = { loginId: 'admin@works-10342.example', password: 'warden-demo-2026' } as const;

interface DemoCompany {
  id: string;
  name: string;
  language: Language;
  timeZone: string;
  subscribedServices: Service[];
  securityFeaturesEnabled: boolean;
  employees: number;
  names: () => string;
  country: string;
}

// A fixed seed: every fresh install shows the same demo, so screenshots and docs stay true.
function mulberry32(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(10342);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];

const KO_SURNAMES = ['김', '이', '박', '최', '정', '강', '조', '윤', '장', '임', '한', '오', '서', '신', '권', '황'];
const KO_GIVEN = ['민준', '서연', '도윤', '하은', '지호', '수아', '예준', '지유', '현우', '서윤', '주원', '채원', '지훈', '유진', '승민', '다은'];
const JA_SURNAMES = ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '加藤', '吉田', '山田'];
const JA_GIVEN = ['陽翔', '結衣', '蓮', '陽葵', '湊', '凛', '大和', '紬', '悠真', 'さくら', '健太', '美咲'];
const EN_FIRST = ['Olivia', 'Liam', 'Emma', 'Noah', 'Ava', 'James', 'Mia', 'Lucas', 'Grace', 'Ethan'];
const EN_LAST = ['Smith', 'Johnson', 'Brown', 'Taylor', 'Wilson', 'Clarke', 'Walker', 'Hughes'];
const DEPARTMENTS = ['Finance', 'HR', 'Sales', 'Engineering', 'Logistics', 'Legal', 'Marketing', 'Customer Care'];

const mixedNames = () => {
  const roll = random();
  if (roll < 0.7) return `${pick(KO_SURNAMES)}${pick(KO_GIVEN)}`;
  if (roll < 0.85) return `${pick(JA_SURNAMES)} ${pick(JA_GIVEN)}`;
  return `${pick(EN_FIRST)} ${pick(EN_LAST)}`;
};

const DEMO_COMPANIES: DemoCompany[] = [
  {
    id: 'works-10342',
    name: 'Hanbit Logistics',
    language: Language.en,
    timeZone: 'Asia/Seoul',
    subscribedServices: [...SERVICES],
    securityFeaturesEnabled: true,
    employees: 300,
    names: mixedNames,
    country: 'KR',
  },
  {
    id: 'works-20771',
    name: 'さくら商事',
    language: Language.ja,
    timeZone: 'Asia/Tokyo',
    subscribedServices: [Service.SECURITY, Service.APPROVAL, Service.HR, Service.BOARD],
    securityFeaturesEnabled: true,
    employees: 60,
    names: () => `${pick(JA_SURNAMES)} ${pick(JA_GIVEN)}`,
    country: 'JP',
  },
  {
    id: 'works-30118',
    name: '새봄디자인',
    language: Language.ko,
    timeZone: 'Asia/Seoul',
    subscribedServices: [Service.SECURITY, Service.HR],
    // R0: this company has not obtained WORKS Approval, so its admins see no Security menus.
    securityFeaturesEnabled: false,
    employees: 20,
    names: () => `${pick(KO_SURNAMES)}${pick(KO_GIVEN)}`,
    country: 'KR',
  },
];

const ENVIRONMENTS: Array<[LoginEnvironment, number]> = [
  [LoginEnvironment.PC_WEB, 0.45],
  [LoginEnvironment.PC_APP, 0.2],
  [LoginEnvironment.MOBILE_WEB, 0.1],
  [LoginEnvironment.IOS_APP, 0.12],
  [LoginEnvironment.ANDROID_APP, 0.12],
  [LoginEnvironment.API, 0.01],
];
const USER_AGENTS: Record<LoginEnvironment, string> = {
  PC_WEB: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36',
  PC_APP: 'WorksDesktop/4.2.1 (Windows 11)',
  MOBILE_WEB: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 Safari/604.1',
  IOS_APP: 'WorksMobile/4.2.0 (iOS 18.1; iPhone15,2)',
  ANDROID_APP: 'WorksMobile/4.2.0 (Android 15; SM-S928N)',
  API: 'works-sync/2.3 (+server)',
  OTHER: 'curl/8.5.0',
};

function pickEnvironment(): LoginEnvironment {
  let roll = random();
  for (const [environment, weight] of ENVIRONMENTS) {
    roll -= weight;
    if (roll <= 0) return environment;
  }
  return LoginEnvironment.PC_WEB;
}

/** Seeds the demo companies when the database has no company yet; a no-op otherwise. */
export async function seedDemoDataIfEmpty(services: Services, logger: Logger): Promise<boolean> {
  if ((await services.dataSource.getRepository(Company).count()) > 0) return false;
  const started = Date.now();
  await seedDemoData(services);
  logger.info('seeded demo data', { companies: DEMO_COMPANIES.length, ms: Date.now() - started });
  return true;
}

export async function seedDemoData(services: Services): Promise<void> {
  const { dataSource, clock } = services;
  const adminHash = await hashPassword(DEMO_ADMIN.password);
  const now = clock.now();

  for (const demo of DEMO_COMPANIES) {
    await dataSource.transaction(async (manager) => {
      await manager.getRepository(Company).insert({
        id: demo.id,
        name: demo.name,
        language: demo.language,
        timeZone: demo.timeZone,
        subscribedServices: demo.subscribedServices,
        securityFeaturesEnabled: demo.securityFeaturesEnabled,
        createdAt: now,
      });
      const employees: Employee[] = [];
      for (let index = 0; index < demo.employees; index += 1) {
        const isAdmin = index < 2;
        const number = String(index + 1).padStart(4, '0');
        employees.push(
          manager.getRepository(Employee).create({
            companyId: demo.id,
            name: index === 0 ? (demo.language === 'ja' ? '管理 太郎' : demo.language === 'ko' ? '관리자' : 'Alex Admin') : demo.names(),
            loginId: index === 0 ? `admin@${demo.id}.example` : `user${number}@${demo.id}.example`,
            email: index === 0 ? `admin@${demo.id}.example` : `user${number}@${demo.id}.example`,
            mobileNumber: `+82-10-${String(1000 + index).padStart(4, '0')}-${String(5000 + index).slice(-4)}`,
            department: isAdmin ? 'IT Security' : pick(DEPARTMENTS),
            status: 'ACTIVE',
            passwordHash: isAdmin ? adminHash : null,
            createdAt: now,
          }),
        );
      }
      await manager.getRepository(Employee).save(employees, { chunk: 200 });
      await manager.getRepository(AdminRoleAssignment).insert([
        { companyId: demo.id, employeeId: employees[0].id, role: AdminRole.SUPER_ADMIN, grantedAt: now },
        { companyId: demo.id, employeeId: employees[1].id, role: AdminRole.SECURITY_ADMIN, grantedAt: now },
      ]);
      const records = demoLoginRecords(demo, employees, now);
      // SQLite caps bound parameters per statement; 500 rows × 16 columns stays well below it.
      for (let start = 0; start < records.length; start += 500) {
        await manager.getRepository(LoginRecord).insert(records.slice(start, start + 500));
      }
    });
  }
}

/** About three months of weekday sign-ins, with the occasional failure burst and a trip abroad. */
function demoLoginRecords(demo: DemoCompany, employees: Employee[], now: Date): Array<Partial<LoginRecord>> {
  const records: Array<Partial<LoginRecord>> = [];
  const day = 86_400_000;
  for (let daysAgo = 89; daysAgo >= 0; daysAgo -= 1) {
    const date = new Date(now.getTime() - daysAgo * day);
    if (date.getUTCDay() === 0 || date.getUTCDay() === 6) continue;
    for (const employee of employees) {
      if (random() > 0.55) continue;
      const environment = pickEnvironment();
      const mobile = environment === 'IOS_APP' || environment === 'ANDROID_APP' || environment === 'MOBILE_WEB';
      const abroad = random() < 0.01;
      const ip = abroad
        ? `2001:db8:${Math.floor(random() * 0xffff).toString(16)}::${Math.floor(random() * 0xfff).toString(16)}`
        : mobile
          ? `198.51.100.${1 + Math.floor(random() * 250)}`
          : `203.0.113.${1 + Math.floor(random() * 250)}`;
      // Local 08:00–10:00 is 23:00–01:00 UTC the day before in Seoul/Tokyo: close enough for a demo.
      let at = date.getTime() - (daysAgo === 0 ? 0 : Math.floor(random() * 2 * 3_600_000));
      if (at > now.getTime()) at = now.getTime() - Math.floor(random() * 3_600_000);
      const base = {
        companyId: demo.id,
        employeeId: employee.id,
        employeeName: employee.name,
        loginId: employee.loginId,
        environment,
        ip,
        ipHex: ipToHex(ip)!,
        country: abroad ? pick(['US', 'DE', 'SG', 'VN']) : demo.country,
        userAgent: USER_AGENTS[environment],
        sourceEventId: null,
        suspicious: false,
        suspiciousReasons: null,
      };
      const failures = random() < 0.06 ? 1 + Math.floor(random() * 3) : 0;
      for (let attempt = 0; attempt < failures; attempt += 1) {
        records.push({
          ...base,
          occurredAt: new Date(at - (failures - attempt) * 45_000),
          result: LoginResult.FAILURE,
          failureReason: pick([LoginFailureReason.WRONG_PASSWORD, LoginFailureReason.WRONG_PASSWORD, LoginFailureReason.SECOND_FACTOR_FAILED]),
        });
      }
      records.push({ ...base, occurredAt: new Date(at), result: LoginResult.SUCCESS, failureReason: null });
    }
  }
  return records;
}
