import { Controller, Get, Logger, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../../common/access/access.decorators';

@Controller('health')
export class HealthController {
  private readonly logger = new Logger('Health');

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** 200 with the database's state when it answers; 503 when it does not. For load balancers and compose. */
  @Public('load balancers and orchestrators probe it without credentials')
  @Get()
  async health(@Res() res: Response) {
    const started = performance.now();
    try {
      const [row] = await Promise.race([
        this.dataSource.query(`SELECT (SELECT count(*) FROM regions)::int AS regions,
          (SELECT version FROM region_data_versions ORDER BY id DESC LIMIT 1) AS version`),
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
