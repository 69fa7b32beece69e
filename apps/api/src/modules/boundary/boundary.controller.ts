import { Permission } from '@jangkau/shared-domain';
import { Body, Controller, Get, Inject, Logger, Param, Post, Query, Req, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import type { Request, Response } from 'express';
import { uploadedFileName } from '../../common/upload-name';
import { Allow, Public } from '../../common/access/access.decorators';
import type { Caller } from '../../common/access/caller';
import { AuditFrom, CurrentCaller } from '../../common/access/request-context';
import { languageFromHeader } from '../../common/i18n/language';
import { NDJSON_TYPE, streamNdjson } from '../../common/ndjson';
import { APP_CONFIG, type AppConfig } from '../../config/env';
import type { AuditContext } from '../audit/audit.service';
import { BoundaryError, BoundaryErrorCode } from './boundary.errors';
import { BoundaryService, BoundaryView } from './boundary.service';
import type { Detail } from './geometry/details';
import { fetchBoundaryFile } from './import/boundary-fetch';
import { AllowList } from './import/public-address';
import { BoundaryImportCancelled, BoundaryImportService, DEFAULT_CODE_PROPERTY } from './import/boundary-import.service';
import { BoundaryUploadInterceptor, type UploadedBoundaryFile } from './import/boundary-upload';

/** The text fields an import takes (multipart form fields beside the file, or the JSON body with `url`). */
interface ImportFields {
  url?: unknown;
  codeProperty?: unknown;
  source?: unknown;
  licence?: unknown;
}

/**
 * Region boundaries over plain HTTP: TopoJSON for maps (public, cached with strong ETags) and the administrator's
 * import (multipart file or a URL, streamed progress).
 */
@Controller('api/boundaries')
export class BoundaryController {
  private readonly logger = new Logger('BoundaryImport');

  constructor(
    private readonly boundaries: BoundaryService,
    private readonly importer: BoundaryImportService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.importAllow = new AllowList(config.geo.importAllowHosts);
  }

  private readonly importAllow: AllowList;

  /**
   * `:code/children`: the children of a region (`ID`: the provinces) as a TopoJSON Topology, with the children
   * that have no geometry in `missing`. `?detail=0|1|2` asks for a detail; by default the finest that fits.
   */
  @Public('region boundaries are public reference data')
  @Get(':code/children')
  async children(@Param('code') code: string, @Query('detail') detail: string | undefined, @Req() req: Request, @Res() res: Response) {
    await send(req, res, await this.boundaries.children(code, parseDetail(detail)));
  }

  /** `:code/villages`: every desa/kelurahan below a province, kabupaten/kota or kecamatan, in the same format. */
  @Public('region boundaries are public reference data')
  @Get(':code/villages')
  async villages(@Param('code') code: string, @Query('detail') detail: string | undefined, @Req() req: Request, @Res() res: Response) {
    await send(req, res, await this.boundaries.villages(code, parseDetail(detail)));
  }

  /** `:code`: the region's own outline in the same format (one geometry), e.g. a working area's outline. */
  @Public('region boundaries are public reference data')
  @Get(':code')
  async outline(@Param('code') code: string, @Query('detail') detail: string | undefined, @Req() req: Request, @Res() res: Response) {
    await send(req, res, await this.boundaries.outline(code, parseDetail(detail)));
  }

  /**
   * Imports one level of boundaries, all or nothing. The file comes as multipart/form-data (`file`, with the
   * optional fields `codeProperty`, `source`, `licence`) or as JSON `{ url, codeProperty?, source?, licence? }`.
   * `?dryRun=true` checks and reports; without it (or `false`) the set is written and switched to. The answer is
   * the report (200; a refused commit: 422), or with `Accept: application/x-ndjson` progress lines and then the
   * report as the last line.
   */
  @Allow(Permission.REFERENCE_MANAGE)
  @Post('import')
  @UseInterceptors(BoundaryUploadInterceptor)
  async import(
    @AuditFrom('importBoundaries') context: AuditContext,
    @CurrentCaller() caller: Caller,
    @Query('dryRun') dryRunParam: string | undefined,
    @UploadedFile() upload: UploadedBoundaryFile | undefined,
    @Body() body: ImportFields | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const language = languageFromHeader(req.headers['accept-language']);
    const dryRun = parseDryRun(dryRunParam);
    const fields = body ?? {};
    const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : undefined);
    const url = text(fields.url);
    // Problems with the request as a whole are answered with an HTTP status before any streaming starts.
    let data: Buffer;
    let fileName: string;
    if (upload?.buffer) {
      data = upload.buffer;
      fileName = uploadedFileName(upload.originalname, 'upload.geojson');
    } else if (url) {
      data = await fetchBoundaryFile(url.trim(), this.config.geo.importMaxBytes, { allow: this.importAllow });
      fileName = url.trim().slice(0, 2000);
    } else {
      throw new BoundaryError(BoundaryErrorCode.FILE_MISSING);
    }
    const options = {
      dryRun,
      language,
      fileName,
      codeProperty: text(fields.codeProperty)?.trim() ?? DEFAULT_CODE_PROPERTY,
      source: text(fields.source),
      licence: text(fields.licence),
      importedBy: caller.username,
    };

    if (!(req.headers.accept ?? '').includes(NDJSON_TYPE)) {
      const { status, report } = await this.importer.run(context, data, options);
      res.status(status).json(report);
      return;
    }

    await streamNdjson(
      res,
      language,
      this.logger,
      { type: 'progress', phase: 'read', done: 0, total: 1 },
      async (line, gone) => {
        const { status, report } = await this.importer.run(context, data, {
          ...options,
          onProgress: (phase, done, total) => line({ type: 'progress', phase, done, total }),
          // A dry run nobody waits for stops; a commit goes on (it is all or nothing either way).
          cancelled: dryRun ? gone : undefined,
        });
        return { type: 'report', status, report };
      },
      (error) => error instanceof BoundaryImportCancelled,
    );
  }
}

/**
 * Strong ETag and `Cache-Control: no-cache`: browsers keep the answer and revalidate on every use; a 304 costs
 * two small queries and no assembly.
 */
async function send(req: Request, res: Response, view: BoundaryView) {
  res.setHeader('ETag', view.etag);
  res.setHeader('Cache-Control', 'no-cache');
  if (matches(req.headers['if-none-match'], view.etag)) {
    res.status(304).end();
    return;
  }
  const body = await view.body();
  res.status(200).setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(body);
}

function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

function parseDetail(value: string | undefined): Detail | null {
  if (value === undefined || value === '') return null;
  if (value === '0' || value === '1' || value === '2') return Number(value) as Detail;
  throw new BoundaryError(BoundaryErrorCode.DETAIL_INVALID);
}

function parseDryRun(value: string | undefined): boolean {
  if (value === undefined || value === '' || value === 'false' || value === '0') return false;
  if (value === 'true' || value === '1') return true;
  throw new BoundaryError(BoundaryErrorCode.DRY_RUN_INVALID);
}
