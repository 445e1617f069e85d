import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '../logging/logger';
import { OutboxSmsSender, WebhookSmsSender } from './sms-sender';

describe('WebhookSmsSender', () => {
  it('fails an attempt when the webhook does not answer in time', async () => {
    const server = createServer(() => undefined); // never answers
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const sender = new WebhookSmsSender(`http://127.0.0.1:${port}/sms`, 200);
    await expect(sender.send({ id: 'm1', to: '+82-10-1234-5678', text: 'x' })).rejects.toThrow(/aborted|timeout/i);
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
});

describe('OutboxSmsSender', () => {
  it('writes one complete JSON file per message and logs no text', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warden-sms-'));
    const lines: string[] = [];
    const sender = new OutboxSmsSender(dir, createLogger('info', (line) => lines.push(line)));
    await sender.send({ id: 'abc', to: '+82-10-1234-5678', text: 'code 123456' });
    const files = fs.readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/_abc\.sms\.json$/);
    expect(JSON.parse(fs.readFileSync(path.join(dir, files[0]), 'utf8'))).toEqual({ id: 'abc', to: '+82-10-1234-5678', text: 'code 123456' });
    expect(lines.join('')).not.toContain('123456');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
