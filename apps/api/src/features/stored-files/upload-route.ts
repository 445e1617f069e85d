import { PassThrough } from 'node:stream';
import cookieParser from 'cookie-parser';
import type { Request, RequestHandler, Response } from 'express';
import { ErrorCode, Permission } from '@warden/shared';
import type { AppConfig } from '../../config/app-config';
import { FileTooLargeError } from '../../core/files/storage/file-storage';
import { PrincipalKind } from '../../core/graphql/enums';
import { abortedByClient } from '../../core/http/client';
import { AppError, ForbiddenError, UnauthenticatedError } from '../../core/graphql/errors';
import type { Services } from '../../core/services';
import { normalizeContentType, validateOriginalName } from './stored-files.service';

export const UPLOAD_PATH = '/integration/files';

const HTTP_STATUS: Partial<Record<string, number>> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400 };

/**
 * `POST /integration/files?name=<original name>` with the raw bytes as the body: the approval and
 * pledge services upload an attachment, then register the document with the returned `fileId`.
 * Streamed straight to the file storage (never buffered), limited to `UPLOAD_MAX_BYTES`. Only API
 * tokens with SERVICE_DATA_WRITE may upload; the file belongs to the token's company.
 */
export function uploadRoute(services: Services, config: AppConfig): RequestHandler[] {
  // Cookies are parsed only so that a signed-in admin gets a clear 403 rather than a 401.
  return [cookieParser(), async (req, res) => {
    const signal = abortedByClient(res);
    try {
      const principal = await services.auth.resolvePrincipal(req);
      if (!principal) throw new UnauthenticatedError('Send an API token (Authorization: Bearer …) to upload files.');
      if (principal.kind !== PrincipalKind.API_TOKEN || !principal.permissions.has(Permission.SERVICE_DATA_WRITE) || !principal.companyId) {
        throw new ForbiddenError('Uploading files needs an API token with the SERVICE_DATA_WRITE permission.');
      }
      const originalName = validateOriginalName(typeof req.query.name === 'string' ? req.query.name : undefined, 'name');
      const contentType = normalizeContentType(req.get('content-type'), 'Content-Type');
      const declared = req.get('content-length');
      // Refuse a declared oversize body before reading any of it.
      if (declared !== undefined && Number(declared) > config.uploadMaxBytes) throw new FileTooLargeError(config.uploadMaxBytes);

      // The storage destroys its source when a write fails; a pass-through keeps the request (and its
      // socket) alive long enough to answer why.
      const body = new PassThrough();
      req.on('error', (error) => body.destroy(error));
      req.pipe(body);
      const file = await services.storedFiles.upload(principal.companyId, { originalName, contentType }, body, {
        maxBytes: config.uploadMaxBytes,
        signal,
      });
      res.status(201).set('Cache-Control', 'no-store').json({ fileId: file.id, size: file.size, sha256: file.sha256 });
    } catch (error) {
      respondWithError(services, req, res, error, config.uploadMaxBytes);
    }
  }];
}

function respondWithError(services: Services, req: Request, res: Response, error: unknown, maxBytes: number) {
  if (res.headersSent || res.destroyed) return;
  let status: number;
  let body: { code: string; message: string; field?: string; maxBytes?: number };
  if (error instanceof FileTooLargeError) {
    status = 413;
    body = { code: ErrorCode.BAD_USER_INPUT, message: `The file is larger than the limit of ${maxBytes} bytes.`, field: 'body', maxBytes };
  } else if (error instanceof AppError) {
    status = HTTP_STATUS[error.code] ?? 400;
    body = { code: error.code, message: error.message, ...(typeof error.extensions.field === 'string' ? { field: error.extensions.field } : {}) };
  } else {
    status = 500;
    services.logger.error('upload failed', { error });
    body = { code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'The upload failed.' };
  }
  // The rest of an unread body is not worth receiving: answer, then close the connection.
  if (!req.complete) {
    req.unpipe();
    res.set('Connection', 'close');
  }
  res.status(status).set('Cache-Control', 'no-store').json({ error: body });
}
