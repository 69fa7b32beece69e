import { Permission } from '@jangkau/shared-domain';
import { Controller, Get, Inject, Logger, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Allow } from '../../../common/access/access.decorators';
import type { Caller } from '../../../common/access/caller';
import { CurrentCaller } from '../../../common/access/request-context';
import { APP_CONFIG, type AppConfig } from '../../../config/env';
import { parseExportQuery, type ExportQuery } from './export.filter';
import { ActivityExportService } from './export.service';
import { writeCsv, writeXlsx } from './export.writers';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Rows per keyset query: big enough that 100,000 rows are 50 queries, small enough to hold in memory. */
const BATCH = 2000;
/**
 * Bytes per row as measured on the national benchmark dataset (tools/bench/export.mjs), for the estimated total
 * the app's progress bar divides by: the file streams, so its real length is not known before the last row.
 */
const BYTES_PER_ROW = { csv: 290, xlsx: 165 };

/**
 * The activity list as a file: the same filter (as query parameters), the same visibility and order as the
 * `activities` query, every row, streamed in keyset batches. `X-Total-Count` (the list's count) and
 * `X-Estimated-Length` go out before the first row.
 */
@Controller('api/activities')
export class ActivityExportController {
  private readonly logger = new Logger('ActivityExport');

  constructor(
    private readonly service: ActivityExportService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Allow(Permission.ACTIVITY_READ)
  @Get('export.csv')
  async csv(@CurrentCaller() caller: Caller, @Query() query: ExportQuery, @Req() req: Request, @Res() res: Response) {
    await this.send('csv', caller, query, req, res);
  }

  @Allow(Permission.ACTIVITY_READ)
  @Get('export.xlsx')
  async xlsx(@CurrentCaller() caller: Caller, @Query() query: ExportQuery, @Req() req: Request, @Res() res: Response) {
    await this.send('xlsx', caller, query, req, res);
  }

  private async send(format: 'csv' | 'xlsx', caller: Caller, query: ExportQuery, req: Request, res: Response) {
    const { filter, sort } = parseExportQuery(query);
    // Counting also runs the filter's own checks, so a bad filter is a 400 before any byte of the file.
    const total = await this.service.activities.count(caller, filter);
    const generatedAt = new Date();
    const date = generatedAt.toISOString().slice(0, 10);
    res.status(200);
    res.setHeader('Content-Type', format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE);
    res.setHeader('Content-Disposition', `attachment; filename="daftar-kegiatan-${date}.${format}"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Total-Count', String(total));
    res.setHeader('X-Estimated-Length', String(2048 + total * BYTES_PER_ROW[format]));
    res.setHeader('Access-Control-Expose-Headers', 'X-Total-Count, X-Estimated-Length, Content-Disposition');

    let left = false;
    req.on('close', () => {
      if (!res.writableFinished) left = true;
    });
    const gone = () => left || res.destroyed;
    const batches = this.service.activities.exportBatches(caller, filter, sort, BATCH);
    const started = Date.now();
    if (format === 'csv') {
      res.flushHeaders();
      await writeCsv(res, batches, gone);
      if (!gone()) res.end();
    } else {
      const filters = await this.service.filterInWords(caller, filter);
      res.flushHeaders();
      await writeXlsx(res, batches, { filters, generatedBy: `${caller.fullName} (${caller.username})`, generatedAt, total, demo: this.config.demo }, gone);
    }
    if (gone()) this.logger.log(`${format} export of ${total} rows abandoned by ${caller.username}`);
    else this.logger.log(`${format} export of ${total} rows for ${caller.username} in ${Date.now() - started} ms`);
  }
}
