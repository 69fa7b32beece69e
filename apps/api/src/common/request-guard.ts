import type { NextFunction, Request, Response } from 'express';
import { refusedText } from '../graphql/input-guard';
import { CommonError, CommonErrorCode } from './errors/common.errors';
import { languageFromHeader } from './i18n/language';

/** A path longer than any route with a region code or UUID in it could be. */
const MAX_PATH_LENGTH = 512;

function refuse(req: Request, res: Response, code: CommonErrorCode, at: string, params: Record<string, number> = {}) {
  const error = new CommonError(code, { ...params, at });
  res.status(400).json({ error: error.code, message: error.localize(languageFromHeader(req.headers['accept-language'])), field: at });
}

/**
 * The REST routes' edge (boundaries, exports, evidence, imports): every path segment and query parameter is
 * checked once, before a controller, for what no route can use: bytes that do not decode, NUL and other control
 * characters (`/api/boundaries/15.02.10.2001%00` once reached SQL and answered 500), and absurd lengths. Each
 * route still checks the meaning of its own parameters.
 */
export function restInputGuard(req: Request, res: Response, next: NextFunction) {
  let path: string;
  try {
    path = decodeURIComponent(req.path);
  } catch {
    return refuse(req, res, CommonErrorCode.REQUEST_INVALID, 'path');
  }
  if (path.length > MAX_PATH_LENGTH) return refuse(req, res, CommonErrorCode.TEXT_TOO_LONG, 'path', { max: MAX_PATH_LENGTH });
  const pathRefused = refusedText(path);
  if (pathRefused) return refuse(req, res, pathRefused.code, 'path', pathRefused.params);
  const check = (value: unknown, at: string): boolean => {
    if (typeof value === 'string') {
      const refused = refusedText(value);
      if (refused) refuse(req, res, refused.code, at, refused.params);
      return !refused;
    }
    if (Array.isArray(value)) return value.every((v) => check(v, at));
    if (value && typeof value === 'object') return Object.entries(value).every(([k, v]) => check(k, at) && check(v, `${at}.${k}`));
    return true;
  };
  for (const [name, value] of Object.entries(req.query ?? {})) {
    if (name.length > 100) return refuse(req, res, CommonErrorCode.TEXT_TOO_LONG, 'query', { max: 100 });
    if (!check(name, 'query') || !check(value, name)) return;
  }
  next();
}
