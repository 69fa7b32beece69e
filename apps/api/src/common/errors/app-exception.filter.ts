import { ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlArgumentsHost, GqlContextType } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { DEFAULT_LANGUAGE, languageFromHeader } from '../i18n/language';
import { CommonError, CommonErrorCode } from './common.errors';
import { databaseFailure } from './database-errors';
import { DomainError, ErrorKind } from './domain-error';

/**
 * Turns errors into what the caller can read: domain errors become GraphQL errors with a message in the caller's
 * language and a stable `extensions.reason`; anything unexpected is logged and answered with a generic message,
 * never a stack trace or SQL.
 */
@Catch()
export class AppExceptionFilter extends BaseExceptionFilter {
  private readonly logger = new Logger('Errors');

  override catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<GqlContextType>() !== 'graphql') return this.catchHttp(exception, host);
    const context = GqlArgumentsHost.create(host).getContext<{ lang?: 'id' | 'en' }>();
    const language = context?.lang ?? DEFAULT_LANGUAGE;
    if (exception instanceof DomainError) {
      return new GraphQLError(exception.localize(language), {
        extensions: { code: exception.kind, reason: exception.code, ...(exception.field ? { field: exception.field } : {}) },
      });
    }
    if (exception instanceof GraphQLError) return exception;
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      // Nest's exceptions can carry a parser's text (JSON.parse, multer): never passed on.
      const invalid = new CommonError(CommonErrorCode.REQUEST_INVALID);
      return new GraphQLError(invalid.localize(language), { extensions: { code: 'BAD_REQUEST', reason: invalid.code } });
    }
    const error = this.unexpected(exception);
    // GraphQL keeps HTTP 200 for answers that ran (Nest resets it, nestjs/graphql#2940: clients then read
    // `errors` as usual); the code says SERVICE_UNAVAILABLE. The REST routes answer 503.
    return new GraphQLError(error.localize(language), { extensions: { code: error.kind, reason: error.code } });
  }

  /**
   * An error no domain declared: a database that cannot be reached, a value PostgreSQL refused, or a fault of
   * ours. Logged in full here; the caller gets the code and a message in their language only.
   */
  private unexpected(exception: unknown): CommonError {
    const text = exception instanceof Error ? (exception.stack ?? exception.message) : String(exception);
    switch (databaseFailure(exception)) {
      case 'unavailable':
        this.logger.warn(`Database unavailable: ${exception instanceof Error ? exception.message : String(exception)}`);
        return new CommonError(CommonErrorCode.SERVICE_UNAVAILABLE);
      case 'bad-value':
        // An input the edge checks let through: the caller's to fix, but worth a warning (a check is missing).
        this.logger.warn(`Value refused by the database: ${text}`);
        return new CommonError(CommonErrorCode.VALUE_INVALID);
      default:
        this.logger.error(text);
        return new CommonError(CommonErrorCode.INTERNAL);
    }
  }

  /**
   * The REST routes (evidence files, health) answer JSON `{ error, message, field? }`: `error` is the stable code
   * for programs, `message` is in the caller's language.
   */
  private catchHttp(exception: unknown, host: ArgumentsHost) {
    const http = host.switchToHttp();
    const res = http.getResponse<Response>();
    if (res.headersSent) {
      // A download that failed half-way: the status line is gone, so the only honest signal is a cut connection.
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
      res.destroy();
      return;
    }
    const language = languageFromHeader(http.getRequest<Request>()?.headers?.['accept-language']);
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      // A body the parser could not read (400, 413, 415): its message is JSON.parse's or the parser's own, with
      // a piece of the body in it. An unknown route (404) gets a code too. Nest's other answers keep their form.
      const code = status === 404 ? CommonErrorCode.ROUTE_NOT_FOUND : status === 400 || status === 413 || status === 415 ? CommonErrorCode.REQUEST_INVALID : null;
      if (!code) return super.catch(exception, host);
      res.status(status).json({ error: code, message: new CommonError(code).localize(language) });
      return;
    }
    const error = exception instanceof DomainError ? exception : this.unexpected(exception);
    const status = error.httpStatus ?? HTTP_STATUS[error.kind];
    if (status === 503) res.setHeader('Retry-After', '30');
    if (status === 401) res.setHeader('WWW-Authenticate', 'Bearer');
    res.status(status).json({ error: error.code, message: error.localize(language), ...(error.field ? { field: error.field } : {}) });
  }
}

const HTTP_STATUS: Record<ErrorKind, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INTERNAL_SERVER_ERROR: 500,
  SERVICE_UNAVAILABLE: 503,
};
