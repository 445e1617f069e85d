import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { Permission } from '@warden/shared';
import { StoredFile } from '@warden/api/src/features/stored-files/stored-file.entity';
import { buildApiToken } from '../support/factories';
import { signIn } from '../support/graphql-client';
import { type TestServer, startTestServer } from '../support/test-server';

const MAX = 64 * 1024;

describe('POST /integration/files (attachment upload)', () => {
  let server: TestServer;
  let token: string;
  let filesDir: string;

  beforeAll(async () => {
    server = await startTestServer({ env: { UPLOAD_MAX_BYTES: String(MAX) } });
    token = await buildApiToken(server.warden.services, server.fixtures.company.id, [Permission.SERVICE_DATA_WRITE]);
    filesDir = server.warden.config.filesDir;
  });
  afterAll(() => server.close());

  const upload = (name: string | null, body: Buffer | string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/integration/files${name === null ? '' : `?name=${encodeURIComponent(name)}`}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/pdf', ...headers },
      body,
    });
  const filesOnDisk = () =>
    fs.existsSync(filesDir) ? fs.readdirSync(filesDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length : 0;

  it('stores the raw body under the caller’s company and answers its id, size and SHA-256', async () => {
    const body = Buffer.from('%PDF-1.4 견적서 見積書');
    const response = await upload('견적서 (최종) 見積書.pdf', body);
    expect(response.status).toBe(201);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const json = (await response.json()) as { fileId: string; size: number; sha256: string };
    expect(json).toEqual({ fileId: expect.stringMatching(/^[0-9a-f-]{36}$/), size: body.length, sha256: createHash('sha256').update(body).digest('hex') });

    const row = await server.warden.dataSource.getRepository(StoredFile).findOneByOrFail({ id: json.fileId });
    expect(row).toMatchObject({ companyId: server.fixtures.company.id, originalName: '견적서 (최종) 見積書.pdf', contentType: 'application/pdf', size: body.length });
    // The path comes from ids only: the company id and the file id, never the original name.
    const onDisk = path.join(filesDir, server.fixtures.company.id, json.fileId);
    expect(fs.readFileSync(onDisk)).toEqual(body);
  });

  it('keeps an empty file and defaults the type', async () => {
    const response = await fetch(`${server.url}/integration/files?name=empty.bin`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(201);
    const { fileId, size } = (await response.json()) as { fileId: string; size: number };
    expect(size).toBe(0);
    expect(await server.warden.dataSource.getRepository(StoredFile).findOneByOrFail({ id: fileId })).toMatchObject({ contentType: 'application/octet-stream' });
  });

  it.each([
    ['no name', null, 'name'],
    ['an empty name', '', 'name'],
    ['a path', '../../etc/passwd', 'name'],
    ['a backslash', 'C:\\x.txt', 'name'],
    ['CR/LF', 'a\r\nSet-Cookie: x=1.txt', 'name'],
    ['a NUL', 'a\u0000.txt', 'name'],
    ['an overlong name', `${'가'.repeat(256)}.txt`, 'name'],
  ])('refuses %s with BAD_USER_INPUT naming the field, storing nothing', async (_label, name, field) => {
    const rows = await server.warden.dataSource.getRepository(StoredFile).count();
    const before = filesOnDisk();
    const response = await upload(name, 'x');
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string; field: string } }).error).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await server.warden.dataSource.getRepository(StoredFile).count()).toBe(rows);
    expect(filesOnDisk()).toBe(before);
  });

  it('refuses a content type that is not a MIME type', async () => {
    const response = await upload('a.txt', 'x', { 'content-type': 'not a type' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { field: string } }).error.field).toBe('Content-Type');
  });

  it('refuses a body over the limit with 413 and leaves no file', async () => {
    const rows = await server.warden.dataSource.getRepository(StoredFile).count();
    const before = filesOnDisk();
    const response = await upload('big.bin', Buffer.alloc(MAX + 1));
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string; maxBytes: number } }).error).toMatchObject({ code: 'BAD_USER_INPUT', maxBytes: MAX });
    expect(await server.warden.dataSource.getRepository(StoredFile).count()).toBe(rows);
    expect(filesOnDisk()).toBe(before);
    expect((await upload('exact.bin', Buffer.alloc(MAX))).status).toBe(201);
  });

  it('stops a chunked body without a length at the limit and leaves no temporary file', async () => {
    const before = filesOnDisk();
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request(`${server.url}/integration/files?name=stream.bin`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'transfer-encoding': 'chunked' },
      });
      request.on('response', (response) => {
        response.resume();
        request.destroy();
        resolve(response.statusCode ?? 0);
      });
      request.on('error', (error) => (request.destroyed ? undefined : reject(error)));
      let sent = 0;
      const pump = () => {
        while (sent < MAX * 4) {
          sent += 8192;
          if (!request.write(Buffer.alloc(8192))) return void request.once('drain', pump);
        }
        request.end();
      };
      pump();
    });
    expect(status).toBe(413);
    expect(filesOnDisk()).toBe(before);
  });

  it('accepts only API tokens with SERVICE_DATA_WRITE', async () => {
    const anonymous = await fetch(`${server.url}/integration/files?name=a.txt`, { method: 'POST', body: 'x' });
    expect(anonymous.status).toBe(401);

    const loginToken = await buildApiToken(server.warden.services, server.fixtures.company.id, [Permission.LOGIN_EVENTS_WRITE]);
    const wrongPermission = await fetch(`${server.url}/integration/files?name=a.txt`, { method: 'POST', headers: { authorization: `Bearer ${loginToken}` }, body: 'x' });
    expect(wrongPermission.status).toBe(403);

    // An admin holds every admin permission, yet pushing service data is for integrations only.
    const cookie = await signIn(server.url, server.fixtures.admin.loginId, server.fixtures.admin.password);
    const admin = await fetch(`${server.url}/integration/files?name=a.txt`, { method: 'POST', headers: { cookie }, body: 'x' });
    expect(admin.status).toBe(403);
  });

  it('files belong to the uploading token’s company', async () => {
    const otherToken = await buildApiToken(server.warden.services, server.fixtures.otherCompany.id, [Permission.SERVICE_DATA_WRITE]);
    const response = await fetch(`${server.url}/integration/files?name=other.txt`, { method: 'POST', headers: { authorization: `Bearer ${otherToken}` }, body: 'other' });
    const { fileId } = (await response.json()) as { fileId: string };
    const { storedFiles } = server.warden.services;
    expect(await storedFiles.findMany(server.fixtures.company.id, [fileId])).toEqual([]);
    expect(await storedFiles.findMany(server.fixtures.otherCompany.id, [fileId])).toHaveLength(1);
    await expect(storedFiles.open(server.fixtures.company.id, fileId)).rejects.toThrow(/No stored file/);
  });
});
