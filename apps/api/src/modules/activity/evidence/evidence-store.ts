import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { constants } from 'node:fs';
import { access, mkdir, open, readdir, rename, rmdir, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { APP_CONFIG, type AppConfig } from '../../../config/env';

/** `<activity id>/<evidence id>`: both UUIDs, so a key can never name a path outside the store. */
const STORAGE_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Upload leftovers older than this are from a crashed or killed process (a request lives 5 minutes at most). */
const STALE_TEMP_MS = 24 * 3600 * 1000;

export function storageKeyOf(activityId: string, evidenceId: string): string {
  return `${activityId}/${evidenceId}`;
}

/**
 * The evidence files on disk, under EVIDENCE_DIR: `<activity id>/<evidence id>` holds the bytes as uploaded and
 * `<…>.thumb.webp` the thumbnail of an image. Uploads are written to `.tmp/` in the same folder first and renamed
 * into place, so a file under its key is always complete, and the rename is atomic (same file system).
 *
 * Several instances may share the folder (a network mount); nothing here keeps state in memory.
 */
@Injectable()
export class EvidenceStore implements OnModuleInit {
  private readonly logger = new Logger('Evidence');
  readonly root: string;
  private readonly temp: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.root = config.evidence.dir;
    this.temp = join(this.root, '.tmp');
  }

  /** Fails the start with a message naming EVIDENCE_DIR when the folder cannot be written, not the first upload. */
  async onModuleInit(): Promise<void> {
    try {
      await mkdir(this.temp, { recursive: true });
      await access(this.root, constants.W_OK);
      await access(this.temp, constants.W_OK);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      throw new Error(`EVIDENCE_DIR: cannot write to ${this.root} (${code}). Create it with write access for this process, or point EVIDENCE_DIR elsewhere.`);
    }
    await this.sweepStaleTemp();
  }

  /** A fresh temporary path for an upload in progress. */
  tempPath(): string {
    return join(this.temp, randomUUID());
  }

  pathOf(storageKey: string): string {
    if (!STORAGE_KEY.test(storageKey)) throw new Error(`Not an evidence storage key: ${JSON.stringify(storageKey)}`);
    return join(this.root, storageKey);
  }

  thumbnailPathOf(storageKey: string): string {
    return `${this.pathOf(storageKey)}.thumb.webp`;
  }

  /**
   * Moves a finished upload (and its thumbnail) under its key. Called inside the database transaction that
   * records it: if this fails the row is rolled back; if the commit fails afterwards, the caller removes the
   * files again (remove below).
   */
  async place(storageKey: string, file: string, thumbnail: string | null): Promise<void> {
    const target = this.pathOf(storageKey);
    await mkdir(dirname(target), { recursive: true });
    if (thumbnail) await rename(thumbnail, this.thumbnailPathOf(storageKey));
    await rename(file, target);
    // The rename is durable only once the folder's entry is on disk; the file's own bytes were flushed when written.
    const folder = await open(dirname(target), 'r');
    try {
      await folder.sync();
    } finally {
      await folder.close();
    }
  }

  /** Size on disk, or null when the file is not there. */
  async sizeOf(path: string): Promise<number | null> {
    try {
      return (await stat(path)).size;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  /**
   * Deletes the files of a removed (or never committed) evidence. Never throws: the row is what counts, and a
   * file left behind is logged for the operator rather than failing what the user did.
   */
  async remove(storageKey: string): Promise<void> {
    await this.discard(this.pathOf(storageKey), this.thumbnailPathOf(storageKey));
    // The activity's folder goes with its last file (ENOTEMPTY otherwise, which is fine).
    await rmdir(dirname(this.pathOf(storageKey))).catch(() => undefined);
  }

  /** Deletes temporary or orphaned files; a file that is already gone is not an error. */
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
