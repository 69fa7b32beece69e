import { ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlArgumentsHost, GqlContextType } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { DEFAULT_LANGUAGE, languageFromHeader } from '../i18n/language';
import { CommonError, CommonErrorCode } from './common.errors';
import { DomainError } from './domain-error';

/**
 * Turns errors into what the caller can read: domain errors become GraphQL errors with a message in the caller's
 * language and a stable `extensions.reason`; anything unexpected is logged and answered with a generic message,
 * never a stack trace or SQL.
 */
@Catch()
export class AppExceptionFilter extends BaseExceptionFilter {
  private readonly logger = new Logger('Errors');

  override catch(exception: unknown, host: ArgumentsHost) {
    if (host.getType<GqlContextType>() !== 'graphql') {
      if (exception instanceof DomainError) {
        const language = languageFromHeader(host.switchToHttp().getRequest()?.headers?.['accept-language']);
        const status = exception.kind === 'FORBIDDEN' ? 403 : exception.kind === 'NOT_FOUND' ? 404 : 400;
        return host.switchToHttp().getResponse().status(status).json({ error: exception.code, message: exception.localize(language) });
      }
      return super.catch(exception, host);
    }
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
}
