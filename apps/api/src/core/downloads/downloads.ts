import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Clock } from '../clock/clock';
import { ForbiddenError, NotFoundError } from '../graphql/errors';
import type { ClientInfo } from '../http/client';
import type { Principal } from '../graphql/principal';
import { newSecret, sha256Hex } from '../../features/auth/secrets';
import { DownloadLink } from './download-link.entity';

/** Long enough to click, short enough that a link in a browser history is soon worthless. */
export const DOWNLOAD_LINK_TTL_MS = 5 * 60_000;

export function principalKey(principal: Principal): string {
  if (principal.employeeId) return `ADMIN:${principal.employeeId}`;
  if (principal.apiTokenId) return `API_TOKEN:${principal.apiTokenId}`;
  if (principal.supportAccountId) return `SUPPORT:${principal.supportAccountId}`;
  throw new ForbiddenError('This caller cannot download files.');
}

/** Creates and resolves download links; the HTTP route streams what a link's kind builds. */
export class DownloadLinksService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async create(principal: Principal, companyId: string, kind: string, params: Record<string, unknown>): Promise<{ path: string; expiresAt: Date }> {
    const token = newSecret();
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + DOWNLOAD_LINK_TTL_MS);
    const repository = this.dataSource.getRepository(DownloadLink);
    await repository.save(
      repository.create({
      id: sha256Hex(token),
      companyId,
      principalKey: principalKey(principal),
      kind,
      params,
      createdAt: now,
      expiresAt,
      }),
    );
    // Expired links are useless; clearing them here keeps the table at a few rows without a job.
    await this.dataSource
      .getRepository(DownloadLink)
      .createQueryBuilder()
      .delete()
      .where('expires_at < :cutoff', { cutoff: new Date(now.getTime() - DOWNLOAD_LINK_TTL_MS) })
      .execute();
    return { path: `/downloads/${token}`, expiresAt };
  }

  /** The link behind a token, if it exists, has not expired, and belongs to this caller. */
  async resolve(token: string, principal: Principal | null): Promise<DownloadLink> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) throw new NotFoundError('The download link');
    const link = await this.dataSource.getRepository(DownloadLink).findOneBy({ id: sha256Hex(token) });
    if (!link || link.expiresAt <= this.clock.now()) throw new NotFoundError('The download link (it may have expired)');
    if (!principal || principalKey(principal) !== link.principalKey || principal.companyId !== link.companyId) {
      throw new ForbiddenError('This download link belongs to someone else.');
    }
    return link;
  }
}

/**
 * `Content-Disposition` per RFC 6266: an ASCII fallback and the exact UTF-8 name, so every browser
 * saves the file under its real name and no header injection is possible.
 */
export function attachmentHeader(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

/** Headers every file download carries. */
export function setDownloadHeaders(res: Response, fileName: string, contentType: string): void {
  res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Disposition', attachmentHeader(fileName));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cache-Control', 'no-store');
}

/**
 * Streams one kind of download. The route gives it the caller (`client`, for audit events) and a
 * `signal` that fires when the client goes away mid-stream.
 */
export type DownloadHandler = (context: {
  link: DownloadLink;
  principal: Principal;
  req: Request;
  res: Response;
  client: ClientInfo;
  signal: AbortSignal;
}) => Promise<void>;
