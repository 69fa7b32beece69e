import { Controller, Get, Logger, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../../common/access/access.decorators';
import { onlyRow } from '../../database/kysely';
import { regionSummary } from './health.repository';

@Controller('health')
export class HealthController {
  private readonly logger = new Logger('Health');

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Liveness: 200 while the process answers HTTP at all, whatever the database's state. For orchestrators that
   * restart a stuck process (Kubernetes livenessProbe): a database outage must not restart every instance, so this
   * route does not touch it; readiness (taking an instance out of the load balancer) is `/health` below.
   */
  @Public('orchestrators probe liveness without credentials')
  @Get('live')
  live() {
    return { status: 'ok' };
  }

  /** 200 with the database's state when it answers; 503 when it does not. For load balancers and compose. */
  @Public('load balancers and orchestrators probe it without credentials')
  @Get()
  async health(@Res() res: Response) {
    const started = performance.now();
    try {
      const row = await Promise.race([
        regionSummary(this.dataSource).then((rows) => onlyRow(rows, 'region summary')),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out after 3000 ms')), 3000).unref()),
      ]);
      res.status(200).json({
        status: 'ok',
        database: { status: 'up', latencyMs: Math.round(performance.now() - started) },
        regions: { count: row.regions, version: row.version },
      });
    } catch (error) {
      // The cause (addresses, user names) is for the operator's log, not for anonymous callers.
      this.logger.error(`database unreachable: ${error instanceof Error ? error.message : String(error)}`);
      res.status(503).json({ status: 'error', database: { status: 'down' } });
    }
  }
}
