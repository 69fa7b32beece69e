import { Permission } from '@jangkau/shared-domain';
import { Controller, Get, Logger, Post, Query, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import type { Request, Response } from 'express';
import { uploadedFileName } from '../../../common/upload-name';
import { Allow } from '../../../common/access/access.decorators';
import { AuditFrom } from '../../../common/access/request-context';
import { Language, languageFromHeader } from '../../../common/i18n/language';
import { NDJSON_TYPE, streamNdjson } from '../../../common/ndjson';
import { ImportError, ImportErrorCode } from './import.errors';
import { readSheetFile } from './import.file';
import { ImportUploadInterceptor, type UploadedSheet } from './import.http';
import { ActivityImportService, ImportCancelled, type ImportContext } from './import.service';
import { buildCsvTemplate, buildXlsxTemplate, TEMPLATE_FILE_NAME } from './import.template';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Bulk import of past activities (see ActivityImportService). Officers and heads import for their own agency:
 * the activities are led by the caller's agency and go to its head as SUBMITTED.
 */
@Controller('api/activities/import')
export class ActivityImportController {
  private readonly logger = new Logger('ActivityImport');

  constructor(private readonly service: ActivityImportService) {}

  @Allow(Permission.ACTIVITY_WRITE)
  @Get('template.xlsx')
  async templateXlsx(@Req() req: Request, @Res() res: Response) {
    const body = await buildXlsxTemplate(languageOf(req), await this.service.templateReference());
    sendFile(res, body, XLSX_TYPE, `${TEMPLATE_FILE_NAME}.xlsx`);
  }

  @Allow(Permission.ACTIVITY_WRITE)
  @Get('template.csv')
  async templateCsv(@Req() req: Request, @Res() res: Response) {
    const body = buildCsvTemplate(languageOf(req), await this.service.templateReference());
    sendFile(res, body, 'text/csv; charset=utf-8', `${TEMPLATE_FILE_NAME}.csv`);
  }

  /**
   * `?dryRun=true` (the default) checks and reports; `?dryRun=false` commits all rows or none. The answer is the
   * report as JSON (200; a commit refused for errors: 422), or, when the client accepts application/x-ndjson,
   * progress lines and then the report as the last line (the status is then inside that line).
   */
  @Allow(Permission.ACTIVITY_WRITE)
  @Post()
  @UseInterceptors(ImportUploadInterceptor)
  async import(
    @AuditFrom('importActivities') context: ImportContext,
    @Query('dryRun') dryRunParam: string | undefined,
    @UploadedFile() upload: UploadedSheet | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const language = languageOf(req);
    const dryRun = parseDryRun(dryRunParam);
    if (!upload?.buffer) throw new ImportError(ImportErrorCode.FILE_MISSING);
    // Problems with the file as a whole (too large, not a spreadsheet, too many rows) are answered with an HTTP
    // status before any streaming starts.
    const sheet = await readSheetFile(upload.buffer);
    const options = { dryRun, language, fileName: uploadedFileName(upload.originalname) };

    if (!(req.headers.accept ?? '').includes(NDJSON_TYPE)) {
      const { status, report } = await this.service.run(context, sheet, upload.buffer, options);
      res.status(status).json(report);
      return;
    }

    await streamNdjson(
      res,
      language,
      this.logger,
      { type: 'progress', phase: 'validate', done: 0, total: sheet.rows.length },
      async (line, gone) => {
        const { status, report } = await this.service.run(context, sheet, upload.buffer, {
          ...options,
          onProgress: (phase, done, total) => line({ type: 'progress', phase, done, total }),
          // A dry run nobody waits for stops; a commit goes on, so that a retry finds its rows already imported.
          cancelled: dryRun ? gone : undefined,
        });
        return { type: 'report', status, report };
      },
      (error) => error instanceof ImportCancelled,
    );
  }
}

function languageOf(req: Request): Language {
  return languageFromHeader(req.headers['accept-language']);
}

function parseDryRun(value: string | undefined): boolean {
  if (value === undefined || value === '' || value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  throw new ImportError(ImportErrorCode.DRY_RUN_INVALID);
}

function sendFile(res: Response, body: Buffer, type: string, name: string) {
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
  // It lists the topics and programme items of today: not for shared caches, and fetched fresh each time.
  res.setHeader('Cache-Control', 'private, no-cache');
  res.status(200).send(body);
}
