import { Logger, LogLevel } from '@nestjs/common';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import compression from 'compression';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { AppExceptionFilter } from './common/errors/app-exception.filter';
import { AppConfig } from './config/env';
import { loadedRegionVersion, loadRegions } from './modules/region/region-loader';
import { describeLoad } from './modules/region/region-load-summary';
import { IDN_AREA_DATA, idnAreaDataVersion, readIdnAreaData } from './modules/region/region-source';

const LOG_LEVELS: Record<AppConfig['app']['logLevel'], LogLevel[]> = {
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  log: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
};

/**
 * Builds the application on a database that exists: migrations run during init, the region registry is loaded
 * when the pinned list is newer than what the database holds, and the web app is served from the same port.
 */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), {
    logger: LOG_LEVELS[config.app.logLevel],
    bufferLogs: false,
  });
  app.useGlobalFilters(new AppExceptionFilter(app.get(HttpAdapterHost).httpAdapter));
  app.enableShutdownHooks();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(securityHeaders);
  // Many users are on phones over weak networks: the web bundle and GraphQL answers shrink to a third or less.
  app.use(compression({ threshold: 1024 }));

  if (config.db.autoloadRegions) {
    const dataSource = app.get<DataSource>(getDataSourceToken());
    const logger = new Logger('Regions');
    // Reading and checking 91,599 CSV rows costs about a second: only when the pinned list is not the loaded one.
    if ((await loadedRegionVersion(dataSource, IDN_AREA_DATA)) === idnAreaDataVersion()) {
      logger.log(`${IDN_AREA_DATA} ${idnAreaDataVersion()} is loaded.`);
    } else {
      const report = await loadRegions(dataSource, readIdnAreaData());
      logger.log(describeLoad(report));
      for (const kept of report.keptReferenced) {
        logger.warn(`${kept.code} ${kept.name} was removed upstream but is still referenced (${kept.referencedBy.join(', ')}); kept.`);
      }
    }
  }

  serveWebApp(app, resolve(config.app.webDistDir));
  return app;
}

function securityHeaders(_req: Request, res: Response, next: NextFunction) {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'same-origin');
  res.setHeader('X-Frame-Options', 'DENY');
  next();
}

/** The built React app, with client-side routes (/wilayah/15.02.10) answered by index.html. */
function serveWebApp(app: NestExpressApplication, dir: string) {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) {
    new Logger('Web').warn(`No web build at ${dir}; serving the API only. Run "npm run build" to build the web app.`);
    return;
  }
  app.useStaticAssets(join(dir, 'assets'), { prefix: '/assets', immutable: true, maxAge: '365d', fallthrough: false });
  app.useStaticAssets(dir, { index: false, maxAge: '1h' });
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isApi = req.path === '/graphql' || req.path.startsWith('/graphql/') || req.path === '/health';
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApi || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
