import { CallHandler, ExecutionContext, HttpException, Injectable, NestInterceptor, PayloadTooLargeException } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { Observable } from 'rxjs';
import { IMPORT_LIMITS } from './import.columns';
import { ImportError, ImportErrorCode } from './import.errors';
import { tooLarge } from './import.file';

/** The part of a multer file the import reads (multer's own types are not installed). */
export interface UploadedSheet {
  buffer: Buffer;
  originalname: string;
  size: number;
}

/**
 * Nest's multer interceptor (memory storage: the file is read whole anyway, and never touches the disk), with
 * tight limits, and its English HTTP exceptions turned into ImportErrors (answered in the caller's language, 413
 * for a file over the cap, by the app's exception filter). It runs after
 * the access guard, so a caller who may not import is refused before the body is read.
 */
const Multer = FileInterceptor('file', {
  limits: { fileSize: IMPORT_LIMITS.maxFileBytes, files: 1, fields: 5, fieldSize: 1024, parts: 8 },
});

@Injectable()
export class ImportUploadInterceptor implements NestInterceptor {
  private readonly multer = new Multer();

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await this.multer.intercept(context, next);
    } catch (error) {
      throw uploadError(error);
    }
  }
}

function uploadError(error: unknown): unknown {
  if (error instanceof PayloadTooLargeException) return tooLarge();
  if (!(error instanceof HttpException)) return error;
  const code = (error.cause as { code?: string } | undefined)?.code;
  // A second file, or the file under another field name.
  if (code === 'LIMIT_UNEXPECTED_FILE' || code === 'LIMIT_FILE_COUNT') return new ImportError(ImportErrorCode.FILE_MISSING);
  return new ImportError(ImportErrorCode.UPLOAD_INVALID, { detail: code ?? error.message.slice(0, 60) });
}
