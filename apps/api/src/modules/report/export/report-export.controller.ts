import { Permission } from '@jangkau/shared-domain';
import { Body, Controller, Get, HttpCode, Inject, Logger, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { languageFromHeader } from '../../../common/i18n/language';
import { Allow } from '../../../common/access/access.decorators';
import type { Caller } from '../../../common/access/caller';
import { CurrentCaller } from '../../../common/access/request-context';
import { APP_CONFIG, type AppConfig } from '../../../config/env';
import { ReportExportService } from './report-export.service';
import type { CsvSeparator } from '../../../common/export-format';
import { csvSeparatorOf, parseExportBody, savedIdOf, type ReportExportRequest } from './report-export.request';
import { reportCsv, reportPdf, reportXlsx } from './report-export.writers';

type Format = 'xlsx' | 'csv' | 'pdf';
const TYPES: Record<Format, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  pdf: 'application/pdf',
};

/**
 * A report as a file: the same ReportService, with the CALLER's scope, as `report(input)` and
 * `reportFromSaved(id)`; a saved report (a shared link) is evaluated with the rights of whoever exports it.
 */
@Controller('api/reports')
export class ReportExportController {
  private readonly logger = new Logger('ReportExport');

  constructor(
    private readonly service: ReportExportService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Allow(Permission.ACTIVITY_READ)
  @Post('export.xlsx')
  @HttpCode(200)
  async xlsx(@CurrentCaller() caller: Caller, @Req() req: Request, @Body() body: unknown, @Res() res: Response) {
    await this.send(req, 'xlsx', caller, parseExportBody(body), res);
  }

  @Allow(Permission.ACTIVITY_READ)
  @Post('export.csv')
  @HttpCode(200)
  async csv(@CurrentCaller() caller: Caller, @Req() req: Request, @Body() body: unknown, @Res() res: Response) {
    await this.send(req, 'csv', caller, parseExportBody(body), res, csvSeparatorOf((body as { separator?: unknown } | null)?.separator));
  }

  @Allow(Permission.ACTIVITY_READ)
  @Post('export.pdf')
  @HttpCode(200)
  async pdf(@CurrentCaller() caller: Caller, @Req() req: Request, @Body() body: unknown, @Res() res: Response) {
    await this.send(req, 'pdf', caller, parseExportBody(body), res);
  }

  @Allow(Permission.ACTIVITY_READ)
  @Get('saved/:id/export.xlsx')
  async savedXlsx(@CurrentCaller() caller: Caller, @Req() req: Request, @Param('id') id: string, @Res() res: Response) {
    await this.send(req, 'xlsx', caller, { savedId: savedIdOf(id) }, res);
  }

  @Allow(Permission.ACTIVITY_READ)
  @Get('saved/:id/export.csv')
  async savedCsv(@CurrentCaller() caller: Caller, @Req() req: Request, @Param('id') id: string, @Query('separator') separator: unknown, @Res() res: Response) {
    await this.send(req, 'csv', caller, { savedId: savedIdOf(id) }, res, csvSeparatorOf(separator));
  }

  @Allow(Permission.ACTIVITY_READ)
  @Get('saved/:id/export.pdf')
  async savedPdf(@CurrentCaller() caller: Caller, @Req() req: Request, @Param('id') id: string, @Res() res: Response) {
    await this.send(req, 'pdf', caller, { savedId: savedIdOf(id) }, res);
  }

  private async send(req: Request, format: Format, caller: Caller, request: ReportExportRequest, res: Response, separator: CsvSeparator = ',') {
    const started = Date.now();
    // Everything is computed (and every error thrown) before the first byte: a bad input is a clean 400/404. The
    // file speaks the reader's language (the app sends it as Accept-Language), as the page does.
    const { report, filters, fileStem } = await this.service.report(caller, request, languageFromHeader(req.headers['accept-language']));
    const generatedAt = new Date();
    const office = format === 'pdf' ? await this.service.office(caller) : null;
    const heading = { filters, generatedBy: `${caller.fullName} (${caller.username})`, generatedAt, demo: this.config.demo, office };
    const body = format === 'csv' ? reportCsv(report, heading, separator) : format === 'xlsx' ? await reportXlsx(report, heading) : await reportPdf(report, heading);
    res.status(200);
    res.setHeader('Content-Type', TYPES[format]);
    // ASCII already; filename* too, for clients that prefer it.
    res.setHeader('Content-Disposition', `attachment; filename="${fileStem}.${format}"; filename*=UTF-8''${fileStem}.${format}`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('Access-Control-Expose-Headers', 'Content-Disposition');
    res.end(body);
    this.logger.log(`${format} report export (${report.rows.length} rows) for ${caller.username} in ${Date.now() - started} ms`);
  }
}
