import { graphql, type GraphQLResponse } from './graphql-client';

/** Uploads bytes as an integration would (POST /integration/files) and returns the new file id. */
export async function uploadFile(url: string, token: string, name: string, body: Buffer | string, contentType = 'application/octet-stream'): Promise<string> {
  const response = await fetch(`${url}/integration/files?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': contentType },
    body,
  });
  if (response.status !== 201) throw new Error(`upload of ${name} failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { fileId: string }).fileId;
}

export const REGISTER_SLIP = `mutation Slip($input: RegisterAccountingSlipInput!) {
  registerAccountingSlip(input: $input) { id slipNumber slipDate title amount currency drafterName status createdAt attachmentFileIds }
}`;
export const REGISTER_VENDOR = `mutation Vendor($input: RegisterAccountingVendorInput!) {
  registerAccountingVendor(input: $input) { id businessRegistrationNumber name representative contact address registeredAt attachmentFileIds }
}`;
export const SET_PHOTO = `mutation Photo($employeeId: ID!, $fileId: ID) {
  setEmployeeProfilePhoto(employeeId: $employeeId, fileId: $fileId) { employeeId fileId contentType setAt }
}`;
export const REGISTER_NOTICE = `mutation Notice($input: RegisterBoardNoticeInput!) {
  registerBoardNotice(input: $input) { id sourceNoticeId title authorName bodyHtml postedAt images { fileId source } attachmentFileIds }
}`;

export interface SlipInput {
  slipNumber: string;
  slipDate: string;
  title: string;
  amount: string;
  currency: string;
  drafterEmployeeId: string;
  status: 'IN_PROGRESS' | 'CLOSED';
  createdAt: string;
  attachmentFileIds?: string[];
}

export function slipInput(drafterEmployeeId: string, overrides: Partial<SlipInput> = {}): SlipInput {
  return {
    slipNumber: `S-${Math.random().toString(36).slice(2, 10)}`,
    slipDate: '2026-03-14',
    title: '사무용품 구입',
    amount: '125000',
    currency: 'KRW',
    drafterEmployeeId,
    status: 'CLOSED',
    createdAt: '2026-03-14T09:30:00+09:00',
    ...overrides,
  };
}

/** Calls a registration mutation and throws with the errors when it fails (for set-up steps). */
export async function mustRegister<T = Record<string, unknown>>(url: string, query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const response: GraphQLResponse<T> = await graphql<T>(url, query, variables, { token });
  if (response.errors || !response.data) throw new Error(`registration failed: ${JSON.stringify(response.errors)}`);
  return response.data;
}
