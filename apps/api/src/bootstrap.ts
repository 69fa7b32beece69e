import { Logger, LogLevel } from '@nestjs/common';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import compression from 'compression';
import type { NextFunction, Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import type { JangkauRequest } from './common/access/request-context';
import { AppExceptionFilter } from './common/errors/app-exception.filter';
import { fairTurns } from './common/fair-turns';
import { RateLimiter } from './common/rate-limit';
import { restInputGuard } from './common/request-guard';
import { AuditService } from './modules/audit/audit.service';
import { importDemoBoundaries } from './modules/boundary/boundary-demo';
import { BoundaryService } from './modules/boundary/boundary.service';
import { BoundaryImportService } from './modules/boundary/import/boundary-import.service';
import { ActivityWorkflow } from './modules/activity/activity-workflow.service';
import { ActivityValidator } from './modules/activity/activity-validator.service';
import { ActivityWriter } from './modules/activity/activity-writer.service';
import { attributeFoundingStory, seedDemoActivities } from './modules/seed/demo-activities';
import { seedDemoHistory } from './modules/seed/demo-history';
import { rowCount } from './modules/seed/demo.repository';
import { TargetService } from './modules/target/target.service';
import { AuthService } from './modules/auth/auth.service';
import { createInitialAdmin, DEMO_PASSWORD, DEMO_USERS, seedDemo, seedDemoDesaBinaan, seedMissingDemoUsers } from './modules/seed/demo-seed';
import { AppConfig } from './config/env';
import { grantAppRole, roleOf } from './database/app-role';
import { createDataSource } from './database/data-source';
import { underStartupLock } from './database/startup-lock';
import { loadedRegionVersion, loadRegions } from './modules/region/region-loader';
import { describeLoad } from './modules/region/region-load-summary';
import { compareVersions, IDN_AREA_DATA, idnAreaDataVersion, readIdnAreaData } from './modules/region/region-source';

const LOG_LEVELS: Record<AppConfig['app']['logLevel'], LogLevel[]> = {
  error: ['fatal', 'error'],
  warn: ['fatal', 'error', 'warn'],
  log: ['fatal', 'error', 'warn', 'log'],
  debug: ['fatal', 'error', 'warn', 'log', 'debug'],
};

/**
 * Builds the application on a database that exists: migrations run first, the region registry is loaded when the
 * pinned list is newer than what the database holds, and the web app is served from the same port. With an owner
 * URL those run as the owner, the app role gets its grants, and the app itself connects as `databaseUrl` alone.
 */
export async function createApp(config: AppConfig, databaseUrl: string, ownerUrl?: string): Promise<NestExpressApplication> {
  const separateOwner = ownerUrl !== undefined && roleOf(ownerUrl) !== roleOf(databaseUrl);
  await prepareDatabase(config, separateOwner ? ownerUrl : databaseUrl, separateOwner ? roleOf(databaseUrl) : null);
  // The database is prepared (above, under the start-up lock): the app's own connections never migrate.
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl, { migrationsRun: false }), {
    logger: LOG_LEVELS[config.app.logLevel],
    bufferLogs: false,
  });
  app.useGlobalFilters(new AppExceptionFilter(app.get(HttpAdapterHost).httpAdapter));
  app.enableShutdownHooks();
  app.disable('x-powered-by');
  // req.ip is the client's address only behind the proxies TRUST_PROXY names; from anyone else X-Forwarded-For is
  // ignored (it is whatever the sender wrote).
  app.set('trust proxy', config.trustProxy);
  app.use(requestId);
  app.use(securityHeaders);
  // A few requests per turn of the event loop, so writes are not starved by answers served from memory (fair-turns.ts).
  app.use(fairTurns());
  // One budget per address for GraphQL and the file routes together (an evidence gallery fetches a thumbnail each).
  const limit = app.get(RateLimiter).middleware();
  app.use('/graphql', limit);
  app.use('/api', limit);
  // Before any controller: NUL bytes, undecodable paths and absurd lengths are the caller's error (400), not SQL's.
  app.use('/api', restInputGuard);
  if (config.corsOrigins.length) app.enableCors({ origin: config.corsOrigins, credentials: false, maxAge: 600 });
  // Many users are on phones over weak networks: the web bundle and GraphQL answers shrink to a third or less.
  app.use(compression({ threshold: 1024 }));

  if (!separateOwner) {
    const dataSource = app.get<DataSource>(getDataSourceToken());
    const [{ rolsuper }] = await dataSource.query('SELECT rolsuper FROM pg_roles WHERE rolname = current_user');
    if (rolsuper && config.app.env === 'production') {
      new Logger('Database').warn(
        'The app connects as a superuser: a stolen session could disable the audit trigger. Set DATABASE_OWNER_URL and give DATABASE_URL an app role (README, "With your own PostgreSQL").',
      );
    }
  }

  await seedAccounts(app, config);
  serveWebApp(app, resolve(config.app.webDistDir));
  return app;
}

/**
 * Migrations, the region registry and (with a separate owner) the app role's grants, on short-lived connections as
 * the owner of the tables, under the start-up lock: instances starting together take turns (startup-lock.ts).
 */
export async function prepareDatabase(config: AppConfig, ownerUrl: string, appRole: string | null) {
  // One connection holds the lock; the migrations and the region load use the others.
  const owner = createDataSource({ url: ownerUrl, poolMax: 3, slowQueryMs: config.db.slowQueryMs, applicationName: 'jangkau-owner' });
  await owner.initialize();
  try {
    await underStartupLock(owner, async () => {
      await owner.runMigrations({ transaction: 'each' });
      if (config.db.autoloadRegions) await autoloadRegions(owner);
      if (appRole === null) return;
      const runner = owner.createQueryRunner();
      try {
        await grantAppRole(runner, appRole);
      } finally {
        await runner.release();
      }
    });
  } finally {
    await owner.destroy();
  }
}

async function autoloadRegions(dataSource: DataSource) {
  const logger = new Logger('Regions');
  // Reading and checking 91,599 CSV rows costs about a second: only when the pinned list is newer than the
  // loaded one. A newer list loaded by hand (regions:load --data) is never rolled back by a restart.
  const loaded = await loadedRegionVersion(dataSource, IDN_AREA_DATA);
  const pinned = idnAreaDataVersion();
  if (loaded !== null && compareVersions(pinned, loaded) <= 0) {
    logger.log(`${IDN_AREA_DATA} ${loaded} is loaded${loaded !== pinned ? ` (newer than the pinned ${pinned}; left as it is)` : ''}.`);
  } else {
    const report = await loadRegions(dataSource, readIdnAreaData());
    logger.log(describeLoad(report));
    for (const kept of report.keptReferenced) {
      logger.warn(`${kept.code} ${kept.name} was removed upstream but is still referenced (${kept.referencedBy.join(', ')}); kept.`);
    }
  }
}

/** Demo mode: the founding-story agencies, accounts and activities. Otherwise, once: the first admin from the environment. */
async function seedAccounts(app: NestExpressApplication, config: AppConfig) {
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const audit = app.get(AuditService);
  const logger = new Logger('Accounts');
  // Instances starting together on a database without the demo yet take turns (the start-up lock, as for
  // migrations): the demo activities are recorded step by step through the workflow, and two instances doing so at
  // once would trip over each other's steps. The second then finds them there and records nothing.
  if (config.demo) await underStartupLock(dataSource, () => seedDemoData(app, config, dataSource, audit, logger));
  if (config.demo) {
    // A few seconds of work on the first start: in the background, so /health answers at once; boundary views
    // wait for it instead of answering without boundaries.
    app.get(BoundaryService).runInBackground((cancelled) => importDemoBoundaries(dataSource, app.get(BoundaryImportService), config.geo.dataDir, cancelled));
  }
  if (config.auth.initialAdmin && (await createInitialAdmin(dataSource, audit, config.auth.initialAdmin))) {
    logger.log(`Created the first administrator "${config.auth.initialAdmin.username}" from INITIAL_ADMIN_USERNAME.`);
  }
  if ((await rowCount(dataSource, 'users')) === 0) logger.warn('No user exists yet: create the first administrator with `npm run admin:create`.');
}

/** Demo mode: the founding-story agencies, accounts and activities (and with DEMO_HISTORY the 18 months), once. */
async function seedDemoData(app: NestExpressApplication, config: AppConfig, dataSource: DataSource, audit: AuditService, logger: Logger) {
  if (await seedDemo(dataSource, audit)) {
    logger.warn(`Demo mode: created the founding-story agencies and demo accounts (${DEMO_USERS.map((u) => u.username).join(', ')}; password "${DEMO_PASSWORD}").`);
  }
  const added = await seedMissingDemoUsers(dataSource, audit);
  if (added.length) logger.warn(`Demo mode: added the demo accounts ${added.join(', ')} (password "${DEMO_PASSWORD}").`);
  const created = await seedDemoActivities(dataSource, { writer: app.get(ActivityWriter), workflow: app.get(ActivityWorkflow) }, app.get(AuthService));
  if (created) logger.warn(`Demo mode: recorded ${created} demo activities, the founding story among them.`);
  if (!created && (await attributeFoundingStory(dataSource, audit))) logger.warn('Demo mode: the founding story now counts each official in their own village or kecamatan.');
  const designated = await seedDemoDesaBinaan(dataSource, audit);
  if (designated) logger.warn(`Demo mode: designated ${designated} demo Desa Binaan of Kanim Kerinci.`);
  if (config.demoHistory) {
    const history = await seedDemoHistory(dataSource, {
      validator: app.get(ActivityValidator),
      writer: app.get(ActivityWriter),
      audit,
      auth: app.get(AuthService),
      targets: app.get(TargetService),
    });
    if (history) {
      logger.warn(
        `Demo mode: recorded 18 months of Provinsi Jambi's outreach up to today: ${history.activities} activities (${history.verified} verified), ` +
          `${history.followUps} follow-ups, ${history.desaBinaan} Desa Binaan, ${history.targets} targets, in ${history.ms} ms.`,
      );
    }
  }
}

/** Every request gets an id (kept from X-Request-Id when sane), echoed back and written to audit entries. */
function requestId(req: JangkauRequest, res: Response, next: NextFunction) {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
  req.jangkau = { ...req.jangkau, requestId: id };
  res.setHeader('X-Request-Id', id);
  next();
}

/**
 * The app loads nothing from elsewhere, so the policy can be strict: no foreign or inline scripts (the refresh
 * token in localStorage is out of reach of injected code), no framing.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  // The service worker (/sw.js) and the install manifest come from this origin only.
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

function securityHeaders(req: Request, res: Response, next: NextFunction) {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  if (req.secure) res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'same-origin');
  res.setHeader('X-Frame-Options', 'DENY');
  next();
}

/**
 * The service worker and the manifest name the build's files: cached for an hour, a phone would keep running last
 * week's app after a deploy. Browsers revalidate them on every check instead (cheap: a 304). The manifest gets its
 * registered type, whatever the MIME table of the day says.
 */
function pwaHeaders(res: Response, path: string) {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (name === 'sw.js' || name === 'manifest.webmanifest') res.setHeader('Cache-Control', 'no-cache');
  if (name === 'manifest.webmanifest') res.setHeader('Content-Type', 'application/manifest+json; charset=utf-8');
}

/** The built React app, with client-side routes (/wilayah/15.02.10) answered by index.html. */
function serveWebApp(app: NestExpressApplication, dir: string) {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) {
    new Logger('Web').warn(`No web build at ${dir}; serving the API only. Run "npm run build" to build the web app.`);
    return;
  }
  app.useStaticAssets(join(dir, 'assets'), { prefix: '/assets', immutable: true, maxAge: '365d', fallthrough: false });
  app.useStaticAssets(dir, { index: false, maxAge: '1h', setHeaders: pwaHeaders });
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isApi = req.path === '/graphql' || req.path.startsWith('/graphql/') || req.path === '/health' || req.path.startsWith('/health/') || req.path.startsWith('/api/');
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApi || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
