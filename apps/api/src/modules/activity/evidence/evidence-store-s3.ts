import { DeleteObjectCommand, GetObjectCommand, HeadBucketCommand, HeadObjectCommand, PutObjectCommand, S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { AppConfig } from '../../../config/env';
import { EvidenceStore, type EvidenceVariant, objectNameOf } from './evidence-store';

/** Not found, whichever way the store says it (HEAD answers have no body, so no error code). */
function isNotFound(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e?.name === 'NotFound' || e?.name === 'NoSuchKey' || e?.$metadata?.httpStatusCode === 404;
}

/**
 * The evidence files in an S3-compatible bucket (S3_URL: SeaweedFS, MinIO, Garage, AWS S3 …), under the same
 * names as in the folder: `<activity id>/<evidence id>` and `<…>.thumb.webp`. Every instance of the API reaches
 * the same bucket, so any of them serves any file.
 *
 * A PUT is atomic in S3: an object is visible under its name only once all of it has arrived, so as with the
 * folder's rename, a file under its key is always complete. The bytes are streamed from the temporary file in
 * both directions; nothing is held whole in memory.
 */
export class S3EvidenceStore extends EvidenceStore {
  readonly location: string;
  private readonly bucket: string;
  /** Reads, checks and deletes: retried by the SDK on a network error or a 5xx. */
  private readonly client: S3Client;
  /**
   * Uploads: tried once. The body is a file stream the SDK cannot rewind for a second attempt; a failed upload is
   * refused (EVIDENCE_STORAGE_FAILED) and recorded nowhere, and the phone's outbox sends it again with its key.
   */
  private readonly putClient: S3Client;

  constructor(config: AppConfig) {
    super(config);
    const s3 = config.evidence.s3;
    if (!s3) throw new Error('S3EvidenceStore needs S3_URL');
    this.bucket = s3.bucket;
    this.location = `${s3.endpoint}/${s3.bucket}`;
    const options: S3ClientConfig = {
      endpoint: s3.endpoint,
      region: s3.region,
      credentials: s3.credentials,
      // Path style (http://host/bucket/key): what S3-compatible stores answer without a DNS name per bucket.
      forcePathStyle: true,
      // Checksums only where S3 demands them: the newer defaults (CRC32 trailers on every upload) are not
      // understood by every S3-compatible store. The API keeps its own SHA-256 of every file in the database.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      requestHandler: { connectionTimeout: 5_000, requestTimeout: 120_000 },
    };
    this.client = new S3Client({ ...options, maxAttempts: 3 });
    this.putClient = new S3Client({ ...options, maxAttempts: 1 });
  }

  protected async checkStore(): Promise<void> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.bucket }));
    } catch (error) {
      const e = error as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
      const status = e.$metadata?.httpStatusCode;
      const why =
        status === 404
          ? 'no such bucket'
          : status === 403 || status === 401
            ? 'access denied: check S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY'
            : `${e.name ?? 'Error'}${status ? ` ${status}` : ''}: ${e.message ?? String(error)}`;
      throw new Error(`S3_URL: cannot use the bucket ${this.bucket} at ${this.location} (${why}). Create the bucket, or point S3_URL at one this process may write to.`);
    }
  }

  async place(storageKey: string, file: string, thumbnail: string | null): Promise<void> {
    if (thumbnail) await this.put(objectNameOf(storageKey, 'thumbnail'), thumbnail, 'image/webp');
    await this.put(objectNameOf(storageKey, 'file'), file, 'application/octet-stream');
  }

  private async put(name: string, path: string, contentType: string): Promise<void> {
    const { size } = await stat(path);
    const body = createReadStream(path);
    try {
      await this.putClient.send(new PutObjectCommand({ Bucket: this.bucket, Key: name, Body: body, ContentLength: size, ContentType: contentType }));
    } finally {
      body.destroy();
    }
  }

  async sizeOf(storageKey: string, variant: EvidenceVariant): Promise<number | null> {
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: objectNameOf(storageKey, variant) }));
      return head.ContentLength ?? null;
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  async read(storageKey: string, variant: EvidenceVariant): Promise<Readable> {
    const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: objectNameOf(storageKey, variant) }));
    // In Node.js the body is the HTTP response itself, a Readable.
    return object.Body as Readable;
  }

  async remove(storageKey: string): Promise<void> {
    for (const variant of ['file', 'thumbnail'] as const) {
      const name = objectNameOf(storageKey, variant);
      try {
        // Deleting a name that is not there (a PDF's thumbnail) succeeds, as S3 defines it.
        await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: name }));
      } catch (error) {
        this.logger.warn(`could not delete ${name} from ${this.location}: ${(error as Error).message}`);
      }
    }
  }
}
