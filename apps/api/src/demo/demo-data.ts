import { AdminRole, Language, LoginEnvironment, LoginFailureReason, LoginResult, SERVICES, Service } from '@warden/shared';
import { Company } from '../features/companies/company.entity';
import { AdminRoleAssignment } from '../features/employees/admin-role-assignment.entity';
import { Employee } from '../features/employees/employee.entity';
import { hashPassword } from '../features/auth/password';
import type { LoginEventInput } from '../features/login-records/login-event.input';
import type { Logger } from '../core/logging/logger';
import type { Services } from '../core/services';
import { seedSourceDomainsDemo } from '../features/source-domains/demo-source-domains';
import { seedApprovalDocumentsDemo } from '../features/approval-documents/demo-approval-documents';

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

  const created: Array<{ demo: DemoCompany; employees: Employee[] }> = [];
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
      created.push({ demo, employees });
    });
  }
  // Through the same ingest path as the identity system, so the suspicious-login rules flag the
  // demo's burst and its impossible trip just as they would in production.
  for (const { demo, employees } of created) {
    const events = demoLoginEvents(demo, employees, now);
    for (let start = 0; start < events.length; start += 1000) {
      await services.loginRecords.ingest(demo.id, events.slice(start, start + 1000));
    }
  }
  // Slips, vendors, profile photos and notices for the data export (issue 7), with real files.
  for (const { demo, employees } of created) await seedSourceDomainsDemo(services, demo, employees);
  // Approval documents and pledges in every state, some deleted, for the deletion-status pages (issue 6).
  for (const { demo, employees } of created) await seedApprovalDocumentsDemo(services, demo, employees);
}

/** About three months of weekday sign-ins, with the occasional failure burst and a trip abroad. */
function demoLoginEvents(demo: DemoCompany, employees: Employee[], now: Date): LoginEventInput[] {
  const events: LoginEventInput[] = [];
  const day = 86_400_000;
  let sequence = 0;
  const add = (employee: Employee, event: Omit<LoginEventInput, 'sourceEventId' | 'loginId' | 'employeeId'>) => {
    sequence += 1;
    events.push({ ...event, sourceEventId: `demo-${demo.id}-${sequence}`, loginId: employee.loginId });
  };
  for (let daysAgo = 89; daysAgo >= 0; daysAgo -= 1) {
    const date = new Date(now.getTime() - daysAgo * day);
    if (date.getUTCDay() === 0 || date.getUTCDay() === 6) continue;
    for (const employee of employees) {
      if (random() > 0.55) continue;
      const environment = pickEnvironment();
      const mobile = environment === 'IOS_APP' || environment === 'ANDROID_APP' || environment === 'MOBILE_WEB';
      const ip = mobile ? `198.51.100.${1 + Math.floor(random() * 250)}` : `203.0.113.${1 + Math.floor(random() * 250)}`;
      // Local 08:00–10:00 is 23:00–01:00 UTC the day before in Seoul/Tokyo: close enough for a demo.
      let at = date.getTime() - (daysAgo === 0 ? 0 : Math.floor(random() * 2 * 3_600_000));
      if (at > now.getTime() - 60_000) at = now.getTime() - 60_000 - Math.floor(random() * 3_600_000);
      const base = { environment, ip, country: demo.country, userAgent: USER_AGENTS[environment] };
      const failures = random() < 0.06 ? 1 + Math.floor(random() * 3) : 0;
      for (let attempt = 0; attempt < failures; attempt += 1) {
        add(employee, {
          ...base,
          occurredAt: new Date(at - (failures - attempt) * 45_000),
          result: LoginResult.FAILURE,
          failureReason: pick([LoginFailureReason.WRONG_PASSWORD, LoginFailureReason.WRONG_PASSWORD, LoginFailureReason.SECOND_FACTOR_FAILED]),
        });
      }
      add(employee, { ...base, occurredAt: new Date(at), result: LoginResult.SUCCESS });
    }
  }
  // Scenarios the rules flag, in the last days: a password-guessing burst that ends in a success,
  // and a login from abroad an hour after one at home.
  const [victim, traveller] = [employees[5], employees[6]];
  if (victim && traveller) {
    const burstEnd = now.getTime() - 2 * day;
    for (let attempt = 6; attempt >= 1; attempt -= 1) {
      add(victim, {
        occurredAt: new Date(burstEnd - attempt * 60_000),
        result: LoginResult.FAILURE,
        failureReason: LoginFailureReason.WRONG_PASSWORD,
        environment: LoginEnvironment.PC_WEB,
        ip: '192.0.2.66',
        country: demo.country,
        userAgent: USER_AGENTS.OTHER,
      });
    }
    add(victim, { occurredAt: new Date(burstEnd), result: LoginResult.SUCCESS, environment: LoginEnvironment.PC_WEB, ip: '192.0.2.66', country: demo.country, userAgent: USER_AGENTS.OTHER });
    const home = now.getTime() - day;
    add(traveller, { occurredAt: new Date(home), result: LoginResult.SUCCESS, environment: LoginEnvironment.PC_APP, ip: '203.0.113.10', country: demo.country, userAgent: USER_AGENTS.PC_APP });
    add(traveller, {
      occurredAt: new Date(home + 3_600_000),
      result: LoginResult.SUCCESS,
      environment: LoginEnvironment.MOBILE_WEB,
      ip: '2001:db8:85a3::8a2e:370:7334',
      country: 'US',
      userAgent: USER_AGENTS.MOBILE_WEB,
    });
  }
  return events.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
}
