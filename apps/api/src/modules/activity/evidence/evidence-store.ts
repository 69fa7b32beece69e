import { Logger, OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { constants, createReadStream } from 'node:fs';
import { access, mkdir, open, readdir, rename, rmdir, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import type { AppConfig } from '../../../config/env';

/** `<activity id>/<evidence id>`: both UUIDs, so a key can never name a path outside the store. */
const STORAGE_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Upload leftovers older than this are from a crashed or killed process (a request lives 5 minutes at most). */
const STALE_TEMP_MS = 24 * 3600 * 1000;

export function storageKeyOf(activityId: string, evidenceId: string): string {
  return `${activityId}/${evidenceId}`;
}

/** The bytes as uploaded, or the WebP thumbnail of an image. */
export type EvidenceVariant = 'file' | 'thumbnail';

/**
 * The name of one variant in the store: `<activity id>/<evidence id>` for the bytes as uploaded,
 * `<…>.thumb.webp` for the thumbnail. The same in a folder and in a bucket.
 */
export function objectNameOf(storageKey: string, variant: EvidenceVariant): string {
  if (!STORAGE_KEY.test(storageKey)) throw new Error(`Not an evidence storage key: ${JSON.stringify(storageKey)}`);
  return variant === 'thumbnail' ? `${storageKey}.thumb.webp` : storageKey;
}

/**
 * Where evidence files are kept: a folder on this machine (LocalEvidenceStore, the default) or an S3-compatible
 * bucket (S3EvidenceStore, with S3_URL), which every instance of the API reaches. Chosen once at boot
 * (evidenceStoreProvider).
 *
 * Either way an upload is first received into a temporary file under EVIDENCE_DIR/.tmp on this machine (checked,
 * hashed and thumbnailed there) and only then placed under its key, so a file under its key is always complete.
 * Nothing here keeps state in memory: several instances may share the store.
 */
export abstract class EvidenceStore implements OnModuleInit {
  protected readonly logger = new Logger('Evidence');
  /** Where uploads in progress are written: always on this machine. */
  protected readonly temp: string;

  constructor(config: AppConfig) {
    this.temp = join(config.evidence.dir, '.tmp');
  }

  /** The store as the log names it (a folder, or a bucket's address). */
  abstract readonly location: string;

  /**
   * Fails the start with a message naming the variable to fix when the temporary folder cannot be written or the
   * store cannot be reached, not the first upload.
   */
  async onModuleInit(): Promise<void> {
    try {
      await mkdir(this.temp, { recursive: true });
      await access(this.temp, constants.W_OK);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      throw new Error(`EVIDENCE_DIR: cannot write to ${dirname(this.temp)} (${code}). Create it with write access for this process, or point EVIDENCE_DIR elsewhere.`);
    }
    await this.checkStore();
    await this.sweepStaleTemp();
    this.logger.log(`evidence files are kept in ${this.location}`);
  }

  /** Throws a message naming the variable to fix when the store cannot be written. */
  protected abstract checkStore(): Promise<void>;

  /** A fresh temporary path for an upload in progress. */
  tempPath(): string {
    return join(this.temp, randomUUID());
  }

  /**
   * Puts a finished upload (and its thumbnail, first) under its key; the temporary files may be left for
   * `discard`. Called inside the database transaction that records it: if this fails the row is rolled back; if
   * the commit fails afterwards, the caller removes what was placed (remove below).
   */
  abstract place(storageKey: string, file: string, thumbnail: string | null): Promise<void>;

  /** Size in bytes, or null when the file is not in the store. */
  abstract sizeOf(storageKey: string, variant: EvidenceVariant): Promise<number | null>;

  /** The bytes, streamed from the store. */
  abstract read(storageKey: string, variant: EvidenceVariant): Promise<Readable>;

  /**
   * Deletes the files of a removed (or never committed) evidence. Never throws: the row is what counts, and a
   * file left behind is logged for the operator rather than failing what the user did.
   */
  abstract remove(storageKey: string): Promise<void>;

  /** Deletes temporary files; a file that is already gone is not an error. */
  async discard(...paths: (string | null | undefined)[]): Promise<void> {
    for (const path of paths) {
      if (!path) continue;
      try {
        await unlink(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.logger.warn(`could not delete ${path}: ${(error as Error).message}`);
      }
    }
  }

  /** Temporary files a crash or a kill left behind (a normal failure deletes its own). */
  private async sweepStaleTemp(): Promise<void> {
    const now = Date.now();
    for (const name of await readdir(this.temp)) {
      const path = join(this.temp, name);
      try {
        if (now - (await stat(path)).mtimeMs > STALE_TEMP_MS) await unlink(path);
      } catch {
        // Another instance swept it first.
      }
    }
  }
}

/**
 * The evidence files on disk, under EVIDENCE_DIR: `<activity id>/<evidence id>` and its `.thumb.webp`. Uploads are
 * renamed from `.tmp/` in the same folder into place, so the move is atomic (same file system). Several instances
 * need the folder shared (a network mount), or S3_URL instead.
 */
export class LocalEvidenceStore extends EvidenceStore {
  readonly location: string;

  constructor(config: AppConfig) {
    super(config);
    this.location = config.evidence.dir;
  }

  protected async checkStore(): Promise<void> {
    try {
      await access(this.location, constants.W_OK);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      throw new Error(`EVIDENCE_DIR: cannot write to ${this.location} (${code}). Create it with write access for this process, or point EVIDENCE_DIR elsewhere.`);
    }
  }

  private pathOf(storageKey: string, variant: EvidenceVariant): string {
    return join(this.location, objectNameOf(storageKey, variant));
  }

  async place(storageKey: string, file: string, thumbnail: string | null): Promise<void> {
    const target = this.pathOf(storageKey, 'file');
    await mkdir(dirname(target), { recursive: true });
    if (thumbnail) await rename(thumbnail, this.pathOf(storageKey, 'thumbnail'));
    await rename(file, target);
    // The rename is durable only once the folder's entry is on disk; the file's own bytes were flushed when written.
    const folder = await open(dirname(target), 'r');
    try {
      await folder.sync();
    } finally {
      await folder.close();
    }
  }

  async sizeOf(storageKey: string, variant: EvidenceVariant): Promise<number | null> {
    try {
      return (await stat(this.pathOf(storageKey, variant))).size;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async read(storageKey: string, variant: EvidenceVariant): Promise<Readable> {
    return createReadStream(this.pathOf(storageKey, variant));
  }

  async remove(storageKey: string): Promise<void> {
    await this.discard(this.pathOf(storageKey, 'file'), this.pathOf(storageKey, 'thumbnail'));
    // The activity's folder goes with its last file (ENOTEMPTY otherwise, which is fine).
    await rmdir(dirname(this.pathOf(storageKey, 'file'))).catch(() => undefined);
  }
}
