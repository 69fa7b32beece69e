import type { Logger } from '@nestjs/common';
import type { Response } from 'express';
import { Language } from './i18n/language';
import { CommonError, CommonErrorCode } from './errors/common.errors';
import { DomainError } from './errors/domain-error';

export const NDJSON_TYPE = 'application/x-ndjson';

/**
 * A long job answered as newline-delimited JSON: `first` at once, then whatever `work` writes (progress), then the
 * line `work` returns (the report), or an error line. After the 200 went out an error can only be the last line.
 * `work` learns whether the client went away (`gone`), so a dry run nobody waits for can stop.
 */
export async function streamNdjson(
  res: Response,
  language: Language,
  logger: Logger,
  first: object,
  work: (line: (value: object) => void, gone: () => boolean) => Promise<object>,
  isCancellation: (error: unknown) => boolean,
): Promise<void> {
  res.status(200);
  res.setHeader('Content-Type', `${NDJSON_TYPE}; charset=utf-8`);
  // Proxies (nginx) and the compression middleware must pass each line on as it is written.
  res.setHeader('Cache-Control', 'no-cache, no-transform');
  res.setHeader('X-Accel-Buffering', 'no');
  let gone = false;
  res.on('close', () => (gone = !res.writableEnded));
  const line = (value: object) => {
    if (gone) return;
    res.write(`${JSON.stringify(value)}\n`);
    (res as Response & { flush?: () => void }).flush?.();
  };
  line(first);
  try {
    line(await work(line, () => gone));
  } catch (error) {
    if (!isCancellation(error)) line(errorLine(error, language, logger));
  }
  res.end();
}

function errorLine(error: unknown, language: Language, logger: Logger) {
  if (error instanceof DomainError) return { type: 'error', status: error.httpStatus ?? 400, error: error.code, message: error.localize(language) };
  logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  const internal = new CommonError(CommonErrorCode.INTERNAL);
  return { type: 'error', status: 500, error: internal.code, message: internal.localize(language) };
}
