import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/env';
import { createDataSource } from './data-source';

/**
 * Where report figures are read: a replica (`DATABASE_READ_URL`) when one is set, else the primary. Only for
 * aggregate figures where a few seconds of replication lag are harmless (report.service.ts); never for what a
 * person just wrote, which is always read from the primary. The coverage cache keys these figures by the
 * replica's own generation, so a lagging replica's answer is never kept as the answer for newer data.
 */
@Injectable()
export class ReadReplica implements OnModuleInit, OnModuleDestroy {
  private readonly replica?: DataSource;
  private current: DataSource;

  constructor(@Inject(APP_CONFIG) config: AppConfig, @InjectDataSource() primary: DataSource) {
    this.current = primary;
    if (config.db.readUrl) {
      this.replica = createDataSource({ url: config.db.readUrl, poolMax: config.db.poolMax, slowQueryMs: config.db.slowQueryMs, applicationName: 'jangkau-reports' });
    }
  }

  /** The data source report figures are read from. */
  get source(): DataSource {
    return this.current;
  }

  /** True when reports read from a replica. */
  get separate(): boolean {
    return this.replica !== undefined;
  }

  async onModuleInit(): Promise<void> {
    if (!this.replica) return;
    await this.replica.initialize();
    this.current = this.replica;
    new Logger('Database').log('Report figures are read from DATABASE_READ_URL (a replica).');
  }

  async onModuleDestroy(): Promise<void> {
    if (this.replica?.isInitialized) await this.replica.destroy();
  }
}
