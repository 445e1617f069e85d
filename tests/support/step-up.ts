import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { AdminRole, Service } from '@warden/shared';
import { AuditEvent } from '@warden/api/src/features/audit-log/audit-event.entity';
import { Employee } from '@warden/api/src/features/employees/employee.entity';
import { StepUpSettings } from '@warden/api/src/features/step-up/step-up-settings.entity';
import { buildAdmin } from './factories';
import { type GraphQLResponse, graphql, signIn } from './graphql-client';
import type { TestServer } from './test-server';
import { waitFor } from './wait-for';

export const REQUEST_CODE = 'mutation ($channel: StepUpChannel!) { requestStepUpCode(channel: $channel) { channel maskedDestination expiresAt } }';
export const VERIFY_CODE = 'mutation ($code: String!) { verifyStepUpCode(code: $code) { validUntil } }';
export const LOGIN_RECORDS = '{ loginRecords(first: 1) { edges { cursor } } }';

export interface StepUpAdmin {
  employeeId: string;
  cookie: string;
  mobileNumber: string;
  email: string;
  loginId: string;
  password: string;
}

/** A fresh admin of the server's company (own rate limits), with a unique mobile number, signed in. */
export async function newAdmin(server: TestServer, options: { role?: AdminRole; companyId?: string } = {}): Promise<StepUpAdmin> {
  const companyId = options.companyId ?? server.fixtures.company.id;
  const admin = await buildAdmin(server.warden.dataSource, companyId, { role: options.role });
  const digits = String(parseInt(randomBytes(2).toString('hex'), 16) % 10_000).padStart(4, '0');
  const mobileNumber = `+82-10-${digits}-${String(Math.floor(Math.random() * 10_000)).padStart(4, '0')}`;
  const email = `kim.${randomBytes(3).toString('hex')}@example.com`;
  await server.warden.dataSource.getRepository(Employee).update({ id: admin.employee.id }, { mobileNumber, email });
  const cookie = await signIn(server.url, admin.loginId, admin.password);
  return { employeeId: admin.employee.id, cookie, mobileNumber, email, loginId: admin.loginId, password: admin.password };
}

export async function protect(server: TestServer, companyId: string, services: Service[]): Promise<void> {
  const repository = server.warden.dataSource.getRepository(StepUpSettings);
  await repository.save(repository.create({ companyId, protectedServices: services, updatedAt: new Date() }));
}

export const requestCode = (server: TestServer, admin: { cookie: string }, channel: 'EMAIL' | 'SMS' = 'SMS') =>
  graphql<{ requestStepUpCode: { channel: string; maskedDestination: string; expiresAt: string } }>(server.url, REQUEST_CODE, { channel }, { cookie: admin.cookie });

export const verifyCode = (server: TestServer, admin: { cookie: string }, code: string) =>
  graphql<{ verifyStepUpCode: { validUntil: string } }>(server.url, VERIFY_CODE, { code }, { cookie: admin.cookie });

/** Text messages written to `<dataDir>/outbox` for this number, oldest first. */
export function smsOutbox(server: TestServer, to: string): Array<{ file: string; id: string; to: string; text: string }> {
  const dir = path.join(server.warden.config.dataDir, 'outbox');
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.sms.json'))
    .map((file) => ({ file, ...(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as { id: string; to: string; text: string }) }))
    .filter((message) => message.to === to);
}

/** Requests an SMS code and waits for it in the outbox; returns the code. */
export async function sendSmsCode(server: TestServer, admin: StepUpAdmin): Promise<string> {
  const before = new Set(smsOutbox(server, admin.mobileNumber).map((message) => message.file));
  const response = await requestCode(server, admin, 'SMS');
  if (response.errors) throw new Error(`requestStepUpCode failed: ${JSON.stringify(response.errors)}`);
  const message = await waitFor('the code in the SMS outbox', async () =>
    smsOutbox(server, admin.mobileNumber).find((candidate) => !before.has(candidate.file)),
  );
  return codeIn(message.text);
}

export function codeIn(text: string): string {
  const match = /\b(\d{6})\b/.exec(text);
  if (!match) throw new Error(`no code in ${text}`);
  return match[1];
}

/** A code that is not `code` (for wrong entries). */
export const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

/** Steps up the admin's session by SMS. */
export async function stepUp(server: TestServer, admin: StepUpAdmin): Promise<void> {
  const response = await verifyCode(server, admin, await sendSmsCode(server, admin));
  if (response.errors) throw new Error(`verifyStepUpCode failed: ${JSON.stringify(response.errors)}`);
}

export async function auditCount(server: TestServer, employeeId: string, action: string): Promise<number> {
  return server.warden.dataSource.getRepository(AuditEvent).countBy({ actorId: employeeId, action });
}

export function codeOf(response: GraphQLResponse): string | undefined {
  return response.errors?.[0]?.extensions?.code;
}
