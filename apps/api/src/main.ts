import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './bootstrap';
import { ConfigError, loadConfig } from './config/env';
import { resolveDatabase } from './database/database-url';
import { EmbeddedPostgresSetupError } from './database/embedded-postgres';
import { shutdown } from './database/typeorm-logger';

async function main() {
  const started = performance.now();
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Jangkau cannot start. ${error.message}`);
      process.exit(78);
    }
    throw error;
  }
  const logger = new Logger('Jangkau');
  let db;
  try {
    db = await resolveDatabase(config, (message) => logger.log(message));
  } catch (error) {
    // Exit 78 like a configuration error: start.mjs does not restart what only a change on this machine mends.
    if (error instanceof EmbeddedPostgresSetupError) {
      console.error(`Jangkau cannot start. ${error.message}`);
      process.exit(78);
    }
    throw error;
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received: shutting down …`);
    shutdown.inProgress = true;
    try {
      await app?.close();
    } finally {
      await db.stop();
      if (db.embedded) logger.log('Embedded PostgreSQL stopped.');
      process.exit(0);
    }
  };
  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  // `on`, not `once`: Ctrl-C reaches this process twice (from the terminal and forwarded by start.mjs), and a
  // second SIGINT with no listener would end it at once, its PostgreSQL left running.
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  try {
    app = await createApp(config, db.url, db.ownerUrl);
    await app.listen(config.app.port, config.app.host);
  } catch (error) {
    logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    await app?.close().catch(() => undefined);
    await db.stop().catch(() => undefined);
    process.exit(1);
  }
  const shownHost = ['0.0.0.0', '::'].includes(config.app.host) ? 'localhost' : config.app.host;
  logger.log(`Jangkau is ready in ${Math.round(performance.now() - started)} ms: http://${shownHost}:${config.app.port}/ (GraphQL at /graphql)`);
}

void main();
