import { Permission } from '@jangkau/shared-domain';
import { Controller, Get, HttpCode, Logger, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { Allow } from '../../../common/access/access.decorators';
import type { Caller } from '../../../common/access/caller';
import { AuditFrom, CurrentCaller } from '../../../common/access/request-context';
import type { AuditContext } from '../../audit/audit.service';
import { EvidenceStore, type EvidenceVariant } from './evidence-store';
import { THUMBNAIL_CONTENT_TYPE } from './evidence-thumbnail';
import { discardBody, receiveUpload } from './evidence-upload';
import { EvidenceError, EvidenceErrorCode } from './evidence.errors';
import { EvidenceRow, EvidenceService, evidenceUrl, thumbnailUrl } from './evidence.service';

type Ctx = AuditContext & { caller: Caller };

/** What the upload answers: the same fields as GraphQL's ActivityEvidence (less `removable`, true for the uploader). */
export interface EvidenceJson {
  id: string;
  activityId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  hasThumbnail: boolean;
  createdAt: Date;
  agency: { id: string; name: string; shortName: string };
  uploadedByName: string;
  url: string;
  thumbnailUrl: string | null;
}

function toJson(row: EvidenceRow): EvidenceJson {
  return {
    id: row.id,
    activityId: row.activityId,
    fileName: row.fileName,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    hasThumbnail: row.hasThumbnail,
    createdAt: row.createdAt,
    agency: row.agency,
    uploadedByName: row.uploadedByName,
    url: evidenceUrl(row.id),
    thumbnailUrl: thumbnailUrl(row),
  };
}

/**
 * Evidence files over plain HTTP: GraphQL carries no file bodies. Every route takes the access token from the
 * `Authorization: Bearer` header, never from the URL (URLs end up in logs, histories and Referer headers).
 *
 * So a browser cannot show `<img src="/api/evidence/…">` directly: the web app fetches the bytes with its
 * header and shows them through an object URL (`URL.createObjectURL(await response.blob())`, released with
 * `URL.revokeObjectURL` when the gallery unmounts). The Content-Security-Policy allows `blob:` images for this.
 */
@Controller('api')
export class EvidenceController {
  private readonly logger = new Logger('Evidence');

  constructor(
    private readonly service: EvidenceService,
    private readonly store: EvidenceStore,
  ) {}

  /**
   * multipart/form-data with one file in the field `file`. 201 with the evidence as JSON; refusals are JSON
   * `{ error, message, field }` (413 over the size cap, 415 a type that is not allowed, 404 an activity the
   * caller cannot see, 403/409 when they may not add evidence to it now).
   *
   * `Idempotency-Key: <uuid>` (optional; the phone's outbox always sends one) names this file: it becomes the
   * evidence's id, and sending the same key again, after a reply that never arrived, stores nothing more and
   * answers 200 with what the first send stored, even once the activity has moved on (submitted, verified).
   */
  @Allow(Permission.ACTIVITY_WRITE)
  @Post('activities/:id/evidence')
  @HttpCode(201)
  async upload(@AuditFrom('addActivityEvidence') context: Ctx, @Param('id') activityId: string, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<EvidenceJson> {
    const key = req.headers['idempotency-key'];
    const idempotencyKey = typeof key === 'string' ? key.trim().toLowerCase() : null;
    try {
      if (idempotencyKey) {
        const [activity] = await this.service.visibleActivity(context.caller, activityId);
        const sent = activity ? await this.service.findSent(context.caller, activity, idempotencyKey) : null;
        if (sent) {
          discardBody(req);
          res.status(200);
          return toJson(sent);
        }
      }
      await this.service.checkMayAdd(context.caller, activityId);
    } catch (error) {
      discardBody(req);
      throw error;
    }
    const upload = await receiveUpload(req, { tempPath: this.store.tempPath(), maxBytes: this.service.maxBytes });
    return toJson(await this.service.add(context, activityId, upload, idempotencyKey));
  }

  /** The file as uploaded, byte for byte. */
  @Allow(Permission.ACTIVITY_READ)
  @Get('evidence/:id')
  async download(@CurrentCaller() caller: Caller, @Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const row = await this.service.findReadable(caller, id);
    await this.send(req, res, { storageKey: row.storageKey, variant: 'file', contentType: row.contentType, etag: row.sha256, fileName: row.fileName });
  }

  /** A WebP of at most 320 px, for images; 404 EVIDENCE_THUMBNAIL_NOT_FOUND for PDFs. */
  @Allow(Permission.ACTIVITY_READ)
  @Get('evidence/:id/thumbnail')
  async thumbnail(@CurrentCaller() caller: Caller, @Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const row = await this.service.findReadable(caller, id);
    if (!row.hasThumbnail) throw new EvidenceError(EvidenceErrorCode.THUMBNAIL_NOT_FOUND, {}, 'id');
    const stem = row.fileName.replace(/\.[^.]+$/, '');
    await this.send(req, res, {
      storageKey: row.storageKey,
      variant: 'thumbnail',
      contentType: THUMBNAIL_CONTENT_TYPE,
      etag: `${row.sha256}-thumbnail`,
      fileName: `${stem}-thumbnail.webp`,
    });
  }

  private async send(req: Request, res: Response, file: { storageKey: string; variant: EvidenceVariant; contentType: string; etag: string; fileName: string }): Promise<void> {
    const size = await this.store.sizeOf(file.storageKey, file.variant);
    const what = `${file.variant} ${file.storageKey} in ${this.store.location}`;
    if (size === null) {
      this.logger.error(`evidence file missing from the store: ${what}`);
      throw new EvidenceError(EvidenceErrorCode.FILE_MISSING);
    }
    const etag = `"${file.etag}"`;
    // Revalidated on every use (a 304 costs nothing): the browser's cache is keyed by URL, not by token, so on a
    // shared office computer a stored copy must not outlive the next person's access check.
    res.setHeader('Cache-Control', 'private, no-cache');
    res.setHeader('Vary', 'Authorization');
    res.setHeader('ETag', etag);
    const match = req.headers['if-none-match'];
    if (match && match.split(',').some((tag) => tag.trim() === etag)) {
      res.status(304).end();
      return;
    }
    // attachment: opened directly, the file is saved, never rendered as a page of this site; with the sandbox
    // policy below, even a file that fooled the sniffer could run nothing here.
    res.attachment(file.fileName);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Length', String(size));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    try {
      await pipeline(await this.store.read(file.storageKey, file.variant), res);
    } catch (error) {
      // A client that went away mid-download is no fault; anything else is, and the answer is cut off.
      if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') this.logger.error(`cannot send ${what}: ${(error as Error).message}`);
      res.destroy();
    }
  }
}
