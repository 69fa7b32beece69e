import { CallHandler, ExecutionContext, HttpException, Inject, Injectable, NestInterceptor, PayloadTooLargeException } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { Observable } from 'rxjs';
import { APP_CONFIG, type AppConfig } from '../../../config/env';
import { BoundaryError, BoundaryErrorCode } from '../boundary.errors';

/** The part of a multer file the import reads. */
export interface UploadedBoundaryFile {
  buffer: Buffer;
  originalname: string;
  size: number;
}

/**
 * Nest's multer interceptor (memory storage: the file is parsed whole anyway) with the GEO_IMPORT_MAX_MB cap and
 * room for the text fields (codeProperty, source, licence). It runs after the access guard, so a caller who may
 * not import is refused before the body is read. A JSON body ({ url, … }) passes through untouched.
 */
@Injectable()
export class BoundaryUploadInterceptor implements NestInterceptor {
  private readonly multer: NestInterceptor;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    const Multer = FileInterceptor('file', {
      limits: { fileSize: config.geo.importMaxBytes, files: 1, fields: 8, fieldSize: 64 * 1024, parts: 12 },
    });
    this.multer = new Multer();
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await this.multer.intercept(context, next);
    } catch (error) {
      throw this.uploadError(error);
    }
  }

  private uploadError(error: unknown): unknown {
    if (error instanceof PayloadTooLargeException) return new BoundaryError(BoundaryErrorCode.FILE_TOO_LARGE, { maxMb: Math.round(this.config.geo.importMaxBytes / 1024 / 1024) });
    if (!(error instanceof HttpException)) return error;
    const code = (error.cause as { code?: string } | undefined)?.code;
    if (code === 'LIMIT_UNEXPECTED_FILE' || code === 'LIMIT_FILE_COUNT') return new BoundaryError(BoundaryErrorCode.FILE_MISSING);
    return new BoundaryError(BoundaryErrorCode.UPLOAD_INVALID, { detail: code ?? error.message.slice(0, 60) });
  }
}
