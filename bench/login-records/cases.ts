import type { LoginRecordFilter } from '@warden/api/src/features/login-records/login-record-filter';
import { type BenchCompany, NOW } from './data';

export interface SearchCase {
  name: string;
  filter: LoginRecordFilter;
  /** Page 200 by cursor: the search starts after the 199th page of `first: 50`. */
  page200?: boolean;
}

const DAY = 86_400_000;

/** The searches of the issue, against the big company. Parameters come from the generated employees. */
export function searchCases(big: BenchCompany): SearchCase[] {
  const rare = big.employees[777];
  const desk = big.employees[1234];
  return [
    { name: 'no filter', filter: {} },
    { name: 'name prefix "김"', filter: { employee: '김' } },
    { name: 'name contains "an" (common)', filter: { employee: 'an' } },
    { name: `name contains "${rare.name}" (rare)`, filter: { employee: rare.name } },
    { name: 'name contains "Zzyzx" (no match)', filter: { employee: 'Zzyzx' } },
    { name: `IP exact ${desk.deskIp}`, filter: { ip: desk.deskIp } },
    { name: 'CIDR 10.21.0.0/16 (a site, common)', filter: { ip: '10.21.0.0/16' } },
    { name: 'CIDR 185.220.0.0/16 (attacks, rare)', filter: { ip: '185.220.0.0/16' } },
    { name: 'FAILURE, last 7 days', filter: { results: ['FAILURE'], from: new Date(NOW.getTime() - 7 * DAY) } },
    {
      name: '"박" + FAILURE + mobile (3 filters)',
      filter: { employee: '박', results: ['FAILURE'], environments: ['MOBILE_WEB', 'IOS_APP', 'ANDROID_APP'] },
    },
    { name: 'flagged only', filter: { suspiciousOnly: true } },
    { name: 'past 10-day window (40–30 days ago)', filter: { from: new Date(NOW.getTime() - 40 * DAY), to: new Date(NOW.getTime() - 30 * DAY) } },
    { name: 'page 200 by cursor (no filter)', filter: {}, page200: true },
  ];
}
