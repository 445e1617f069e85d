import type { Request, Response } from 'express';
import { normalizeIp } from '../net/ip';

/** Who is calling, as audit events and logs record it. */
export interface ClientInfo {
  ip: string;
  userAgent: string | null;
}

/** The caller's address (behind `TRUST_PROXY`, Express's `req.ip` is the client's) and user agent. */
export function clientOf(req: Request): ClientInfo {
  return { ip: normalizeIp(req.ip ?? req.socket.remoteAddress ?? '0.0.0.0'), userAgent: req.get('user-agent') ?? null };
}

/** A signal that fires when the client goes away before the response is finished (stop streaming, clean up). */
export function abortedByClient(res: Response): AbortSignal {
  const abort = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) abort.abort(new Error('the client went away'));
  });
  return abort.signal;
}
