import { Logger as NestLogger } from '@nestjs/common';
import { AbstractLogger, LogLevel, LogMessage } from 'typeorm';

/**
 * Routes TypeORM's messages through Nest's logger. Slow and failed queries are logged without their parameters:
 * a region load binds 91,599-element arrays, and parameters may hold personal data.
 */
/** Set while the app stops: the database closing its connections then is expected, not worth a warning. */
export const shutdown = { inProgress: false };

export class TypeOrmLogger extends AbstractLogger {
  private readonly logger = new NestLogger('Database');

  protected writeLog(level: LogLevel, logMessage: LogMessage | string | number | (LogMessage | string | number)[]) {
    for (const message of this.prepareLogMessages(logMessage, { highlightSql: false, appendParameterAsComment: false })) {
      const text = typeof message.message === 'string' ? message.message : JSON.stringify(message.message);
      const short = text.replace(/\s+/g, ' ').slice(0, 400);
      if (shutdown.inProgress && /terminating connection|Connection terminated/i.test(short)) continue;
      switch (message.type ?? level) {
        case 'query-slow':
          this.logger.warn(`slow query (${String(message.additionalInfo?.time ?? '?')} ms): ${short}`);
          break;
        case 'query-error':
        case 'error':
          this.logger.error(short);
          break;
        case 'warn':
          this.logger.warn(short);
          break;
        case 'migration':
        case 'info':
        case 'log':
          this.logger.log(short);
          break;
      }
    }
  }

  override logQuery() {
    // Ordinary queries are not logged.
  }

  override logQueryError(error: string, query: string) {
    this.writeLog('warn', { type: 'query-error', message: `${String(error)} in: ${query}` });
  }

  override logQuerySlow(time: number, query: string) {
    this.writeLog('warn', { type: 'query-slow', message: query, additionalInfo: { time } });
  }
}
