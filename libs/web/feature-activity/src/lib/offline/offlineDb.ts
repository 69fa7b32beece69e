import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ActivityInput } from '@jangkau/web-data-access';

/** What waits on this device to be sent, in the order it was done. */
export type OutboxKind = 'create' | 'update' | 'submit' | 'evidence';

export interface OutboxItem {
  /** The item's own id; for evidence also the upload's Idempotency-Key (the evidence id on the server). */
  id: string;
  /** Whose it is: another person signing in on this phone neither sees nor sends it. */
  userId: string;
  /** Order of doing: items are sent oldest first. */
  seq: number;
  kind: OutboxKind;
  /** The activity's own id, chosen on the device for a new one (the API's create is idempotent by it). */
  activityId: string;
  /** The activity's title when queued, to show in the list. */
  title: string;
  queuedAt: string;
  input?: ActivityInput;
  planned?: boolean;
  /** update/submit: the version this change starts from; null: the one the item before it produced. */
  version?: number | null;
  fileName?: string;
  fileSize?: number;
  /** waiting: to be sent; conflict: someone changed the activity meanwhile; refused: the server said no. */
  state: 'waiting' | 'conflict' | 'refused';
  /** The server's words for a conflict or refusal. */
  message?: string;
  reason?: string;
  /** A send whose answer never came: the next send checks what the server already has first. */
  uncertain?: boolean;
  attempts: number;
}

/** A photo or PDF kept on the device until it is sent. */
export interface StoredFile {
  id: string;
  userId: string;
  /** The form draft or activity it belongs to. */
  ownerId: string;
  blob: Blob;
  fileName: string;
  contentType: string;
  addedAt: string;
}

/** Reference data kept for working offline, per person. */
export interface ReferenceRecord {
  key: string;
  savedAt: string;
  value: unknown;
}

interface OfflineSchema extends DBSchema {
  outbox: { key: string; value: OutboxItem; indexes: { byUser: [string, number] } };
  files: { key: string; value: StoredFile; indexes: { byOwner: [string, string] } };
  reference: { key: string; value: ReferenceRecord };
}

const NAME = 'jangkau-offline';
let opened: Promise<IDBPDatabase<OfflineSchema>> | null = null;

/** The device's offline store (IndexedDB): the outbox, files waiting to be sent, reference data. */
export function offlineDb(): Promise<IDBPDatabase<OfflineSchema>> {
  // Version 2: a database of this name opened without a version by anything else (an empty version 1) is upgraded
  // into ours; each store is made only when it is missing, so no version loses what it holds.
  opened ??= openDB<OfflineSchema>(NAME, 2, {
    upgrade(db) {
      if (!db.objectStoreNames.contains('outbox')) db.createObjectStore('outbox', { keyPath: 'id' }).createIndex('byUser', ['userId', 'seq']);
      if (!db.objectStoreNames.contains('files')) db.createObjectStore('files', { keyPath: 'id' }).createIndex('byOwner', ['userId', 'ownerId']);
      if (!db.objectStoreNames.contains('reference')) db.createObjectStore('reference', { keyPath: 'key' });
    },
    blocking() {
      // A newer version of the app wants to upgrade the store: let it.
      void opened?.then((db) => db.close());
      opened = null;
    },
  });
  return opened;
}

/** Whether this browser has IndexedDB at all (private modes of some browsers do not). */
export function hasOfflineStore(): boolean {
  return typeof indexedDB !== 'undefined';
}

/** For tests: forget the open connection so a fresh fake store is used. */
export function closeOfflineDb(): void {
  void opened?.then((db) => db.close());
  opened = null;
}
