import { ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlArgumentsHost, GqlContextType } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import { DEFAULT_LANGUAGE, languageFromHeader } from '../i18n/language';
import { CommonError, CommonErrorCode } from './common.errors';
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
      return new GraphQLError(exception.message, { extensions: { code: 'BAD_REQUEST' } });
    }
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    const internal = new CommonError(CommonErrorCode.INTERNAL);
    return new GraphQLError(internal.localize(language), { extensions: { code: internal.kind, reason: internal.code } });
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
    // Nest's own (an unknown route: 404) keep their usual answer.
    if (exception instanceof HttpException) return super.catch(exception, host);
    const language = languageFromHeader(http.getRequest<Request>()?.headers?.['accept-language']);
    const error = exception instanceof DomainError ? exception : new CommonError(CommonErrorCode.INTERNAL);
    if (error.kind === 'INTERNAL_SERVER_ERROR') this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    const status = error.httpStatus ?? HTTP_STATUS[error.kind];
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
};
