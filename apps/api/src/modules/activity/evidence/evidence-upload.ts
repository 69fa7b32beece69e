import { EvidenceContentType } from '@jangkau/shared-domain';
import { Logger } from '@nestjs/common';
import busboy from 'busboy';
import type { Request } from 'express';
import { createHash } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { SNIFF_BYTES, sniffContentType } from './evidence-file';
import { EvidenceError, EvidenceErrorCode } from './evidence.errors';

/** The multipart field that carries the file. */
export const EVIDENCE_FIELD = 'file';

/** Boundaries, part headers and a long file name fit in this; a larger body than cap + this is refused unread. */
const MULTIPART_OVERHEAD = 64 * 1024;

export interface ReceivedUpload {
  /** The bytes as sent, flushed to disk; the caller owns this file from here (moves or deletes it). */
  tempPath: string;
  /** The name the browser sent (untrusted, cleaned by evidenceFileName before it is kept). */
  clientName: string | undefined;
  /** Sniffed from the first bytes. */
  contentType: EvidenceContentType;
  sizeBytes: number;
  sha256: string;
}

const logger = new Logger('Evidence');

/**
 * Streams the one file of a multipart/form-data request to `tempPath`, hashing and counting on the way, so memory
 * stays flat whatever the size. Refuses as early as it can: a declared body over the cap before reading it, a
 * type that is not allowed after the first 12 bytes, an oversize file the moment it passes the cap. On any
 * refusal the partial file is deleted and the rest of the request body is read and dropped, so the client gets
 * to read the answer (a socket closed mid-upload shows as a network error, not as the message).
 */
export function receiveUpload(req: Request, options: { tempPath: string; maxBytes: number }): Promise<ReceivedUpload> {
  const { tempPath, maxBytes } = options;
  const maxMb = Math.round(maxBytes / (1024 * 1024));
  return new Promise<ReceivedUpload>((resolve, reject) => {
    let settled = false;
    let parser: busboy.Busboy | null = null;
    let out: WriteStream | null = null;
    let gotFile = false;
    let parserClosed = false;
    let fileClosed = false;
    let clientName: string | undefined;
    let contentType: EvidenceContentType | null = null;
    let head = Buffer.alloc(0);
    let size = 0;
    const hash = createHash('sha256');

    const fail = (error: EvidenceError) => {
      if (settled) return;
      settled = true;
      if (parser) req.unpipe(parser);
      req.resume();
      // Unlink only once the stream has closed (an open still in flight would create the file afterwards), and
      // answer only then: when the refusal reaches the client, nothing of the upload is left.
      const file = out;
      new Promise<void>((closed) => (file && !file.closed ? file.once('close', () => closed()).destroy() : closed()))
        .then(() => unlink(tempPath))
        .catch(() => undefined)
        .finally(() => reject(error));
    };
    const finishIfDone = () => {
      if (settled || !parserClosed || !fileClosed || !contentType) return;
      settled = true;
      resolve({ tempPath, clientName, contentType, sizeBytes: size, sha256: hash.digest('hex') });
    };
    const invalid = () => new EvidenceError(EvidenceErrorCode.UPLOAD_INVALID, {}, EVIDENCE_FIELD);
    const tooLarge = () => new EvidenceError(EvidenceErrorCode.TOO_LARGE, { maxMb }, EVIDENCE_FIELD);

    // A client that goes away mid-upload: nobody reads the answer, but the partial file must go.
    req.on('close', () => {
      if (!req.complete) fail(invalid());
    });
    req.on('error', () => fail(invalid()));

    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes + MULTIPART_OVERHEAD) return fail(tooLarge());

    try {
      parser = busboy({
        headers: req.headers,
        // Browsers send the file name as raw UTF-8; busboy's default (latin1) would turn "Foto Kegiatan – Sungai Penuh.jpg" into mojibake.
        defParamCharset: 'utf8',
        // busboy reports the limit on reaching it, not on passing it: one byte more, so a file of exactly the cap is fine.
        limits: { files: 1, fileSize: maxBytes + 1, fields: 10, fieldSize: 1024, parts: 12, headerPairs: 20 },
      });
    } catch {
      // Not multipart/form-data, or no boundary.
      return fail(invalid());
    }

    parser.on('file', (field, stream, info) => {
      if (field !== EVIDENCE_FIELD || gotFile) {
        stream.resume();
        return fail(invalid());
      }
      gotFile = true;
      clientName = info.filename;
      const file = createWriteStream(tempPath, { flags: 'wx', flush: true });
      out = file;
      file.on('error', (error) => {
        // Once refused, the stream was destroyed on purpose; writes still queued in it report that, harmlessly.
        if (settled) return;
        logger.error(`cannot write ${tempPath}: ${error.message}`);
        fail(new EvidenceError(EvidenceErrorCode.STORAGE_FAILED));
      });
      file.on('close', () => {
        fileClosed = true;
        finishIfDone();
      });
      stream.on('limit', () => fail(tooLarge()));
      stream.on('error', () => fail(invalid()));
      stream.on('data', (chunk: Buffer) => {
        if (settled) return;
        size += chunk.length;
        hash.update(chunk);
        if (!contentType && head.length < SNIFF_BYTES) {
          head = Buffer.concat([head, chunk.subarray(0, SNIFF_BYTES - head.length)]);
          if (head.length >= SNIFF_BYTES) {
            contentType = sniffContentType(head);
            if (!contentType) return fail(new EvidenceError(EvidenceErrorCode.TYPE_NOT_ALLOWED, {}, EVIDENCE_FIELD));
          }
        }
        if (!file.write(chunk)) {
          stream.pause();
          file.once('drain', () => stream.resume());
        }
      });
      stream.on('end', () => {
        if (settled) return;
        if (size === 0) return fail(new EvidenceError(EvidenceErrorCode.EMPTY, {}, EVIDENCE_FIELD));
        // A file shorter than 12 bytes (a tiny PDF) is judged on what there is.
        contentType ??= sniffContentType(head);
        if (!contentType) return fail(new EvidenceError(EvidenceErrorCode.TYPE_NOT_ALLOWED, {}, EVIDENCE_FIELD));
        file.end();
      });
    });
    parser.on('filesLimit', () => fail(invalid()));
    parser.on('partsLimit', () => fail(invalid()));
    parser.on('error', () => fail(invalid()));
    parser.on('close', () => {
      parserClosed = true;
      if (!gotFile) return fail(invalid());
      finishIfDone();
    });
    req.pipe(parser);
  });
}

/** Drops the body of a request that is refused before its upload is read, so the client can read the answer. */
export function discardBody(req: Request): void {
  req.resume();
}
