import type { ActivityInput } from '@jangkau/web-data-access';
import { offlineDb, type OutboxItem, type StoredFile } from './offlineDb';

/** Why one send did not go through. offline and server stop the run (tried again later); refused stops only the activity. */
export class OutboxSendError extends Error {
  constructor(
    readonly kind: 'offline' | 'server' | 'refused',
    message: string,
    readonly reason?: string,
  ) {
    super(message);
  }
}

/** How the outbox reaches the API (GraphQL and the evidence upload); tests give their own. */
export interface OutboxTransport {
  create(activityId: string, input: ActivityInput, planned: boolean): Promise<{ version: number }>;
  update(activityId: string, version: number, input: ActivityInput): Promise<{ version: number }>;
  submit(activityId: string, version: number): Promise<{ version: number }>;
  upload(activityId: string, key: string, file: Blob, fileName: string): Promise<void>;
  /** The activity as the server has it now; null when it does not exist (or cannot be seen). */
  current(activityId: string): Promise<{ version: number; status: string; title: string } | null>;
}

/** Reasons that mean "someone changed it meanwhile": shown for the person to resolve, never overwritten. */
const CONFLICTS = new Set(['ACTIVITY_VERSION_CONFLICT', 'ACTIVITY_WRONG_STATUS', 'ACTIVITY_ID_TAKEN', 'EVIDENCE_ACTIVITY_LOCKED']);

export interface SendResult {
  sent: number;
  /** Why the run stopped early, if it did. */
  stopped: 'offline' | 'server' | null;
  /** Items now waiting for the person (conflict or refused). */
  held: number;
}

export type NewOutboxItem = Omit<OutboxItem, 'seq' | 'state' | 'attempts' | 'queuedAt'>;

let lastSeq = 0;
const nextSeq = () => (lastSeq = Math.max(Date.now() * 1000, lastSeq + 1));

/** Puts changes in the queue, in this order, in one transaction: all of them or none. */
export async function enqueue(items: NewOutboxItem[]): Promise<OutboxItem[]> {
  const db = await offlineDb();
  const tx = db.transaction('outbox', 'readwrite');
  const queuedAt = new Date().toISOString();
  const stored = items.map((item) => ({ ...item, seq: nextSeq(), state: 'waiting' as const, attempts: 0, queuedAt }));
  await Promise.all([...stored.map((item) => tx.store.put(item)), tx.done]);
  return stored;
}

/** One person's queue, oldest first. */
export async function listOutbox(userId: string): Promise<OutboxItem[]> {
  const db = await offlineDb();
  return db.getAllFromIndex('outbox', 'byUser', IDBKeyRange.bound([userId, -Infinity], [userId, Infinity]));
}

/** Drops an item the person gave up (after a conflict): with its file, and with what waited behind it for that activity. */
export async function discard(userId: string, item: OutboxItem): Promise<void> {
  const later = (await listOutbox(userId)).filter((i) => i.activityId === item.activityId && i.seq >= item.seq);
  const db = await offlineDb();
  const tx = db.transaction(['outbox', 'files'], 'readwrite');
  for (const i of later) {
    void tx.objectStore('outbox').delete(i.id);
    if (i.kind === 'evidence') void tx.objectStore('files').delete(i.id);
  }
  await tx.done;
}

export async function putFile(file: StoredFile): Promise<void> {
  await (await offlineDb()).put('files', file);
}

export async function getFile(id: string): Promise<StoredFile | undefined> {
  return (await offlineDb()).get('files', id);
}

export async function filesOf(userId: string, ownerId: string): Promise<StoredFile[]> {
  return (await offlineDb()).getAllFromIndex('files', 'byOwner', [userId, ownerId]);
}

export async function removeFile(id: string): Promise<void> {
  await (await offlineDb()).delete('files', id);
}

/**
 * Sends one person's queue, oldest first, each item exactly once: a new activity under its own id (a repeat finds
 * it), changes with the version they started from (a stale one is a conflict for the person, not an overwrite),
 * files with their own key (a repeat stores nothing more), and a submission only after what came before it. A
 * conflict or refusal holds that activity's later items; other activities go on. No network, or a server error,
 * stops the run: everything stays queued for the next one.
 */
export async function sendOutbox(userId: string, transport: OutboxTransport, onProgress?: () => void): Promise<SendResult> {
  const items = await listOutbox(userId);
  const held = new Set<string>();
  const result: SendResult = { sent: 0, stopped: null, held: 0 };
  for (const item of items) {
    if (item.state !== 'waiting') held.add(item.activityId);
    if (held.has(item.activityId)) continue;
    try {
      const version = await sendOne(item, transport);
      await finish(userId, item, version);
      result.sent++;
      onProgress?.();
    } catch (error) {
      const failure = error instanceof OutboxSendError ? error : new OutboxSendError('offline', String(error));
      if (failure.kind !== 'refused') {
        // The answer never came (or the server failed): whether it was done is unknown until asked.
        await save({ ...item, attempts: item.attempts + 1, uncertain: failure.kind === 'offline' ? true : item.uncertain });
        result.stopped = failure.kind;
        break;
      }
      held.add(item.activityId);
      const conflict = CONFLICTS.has(failure.reason ?? '');
      await save({ ...item, attempts: item.attempts + 1, state: conflict ? 'conflict' : 'refused', message: failure.message, reason: failure.reason });
      onProgress?.();
    }
  }
  result.held = (await listOutbox(userId)).filter((i) => i.state !== 'waiting').length;
  return result;
}

/** Sends one item; the activity's version afterwards when it changed. */
async function sendOne(item: OutboxItem, transport: OutboxTransport): Promise<number | undefined> {
  switch (item.kind) {
    case 'create':
      return (await transport.create(item.activityId, item.input!, item.planned ?? false)).version;
    case 'update': {
      const version = item.version ?? (await currentVersion(item, transport));
      if (item.uncertain) {
        // The last send may have been applied: the server has the next version with this title.
        const now = await transport.current(item.activityId);
        if (now && now.version === version + 1 && now.title === item.input!.title) return now.version;
      }
      return (await transport.update(item.activityId, version, item.input!)).version;
    }
    case 'submit': {
      if (item.uncertain) {
        const now = await transport.current(item.activityId);
        if (now && (now.status === 'SUBMITTED' || now.status === 'VERIFIED')) return now.version;
      }
      const version = item.version ?? (await currentVersion(item, transport));
      return (await transport.submit(item.activityId, version)).version;
    }
    case 'evidence': {
      const file = await getFile(item.id);
      // The file is gone from the device (storage cleared): nothing can be sent; say so instead of waiting forever.
      if (!file) throw new OutboxSendError('refused', 'FILE_GONE', 'OUTBOX_FILE_GONE');
      await transport.upload(item.activityId, item.id, file.blob, file.fileName);
      return undefined;
    }
  }
}

async function currentVersion(item: OutboxItem, transport: OutboxTransport): Promise<number> {
  const now = await transport.current(item.activityId);
  if (!now) throw new OutboxSendError('refused', 'NOT_FOUND', 'ACTIVITY_NOT_FOUND');
  return now.version;
}

/** Done: the item leaves the queue (with its file), and the items after it for the activity start from its version. */
async function finish(userId: string, item: OutboxItem, version: number | undefined): Promise<void> {
  const later = version === undefined ? [] : (await listOutbox(userId)).filter((i) => i.activityId === item.activityId && i.seq > item.seq && (i.kind === 'update' || i.kind === 'submit'));
  const db = await offlineDb();
  const tx = db.transaction(['outbox', 'files'], 'readwrite');
  void tx.objectStore('outbox').delete(item.id);
  if (item.kind === 'evidence') void tx.objectStore('files').delete(item.id);
  // Only the next change starts from this version; the one after starts from what that one produces.
  const next = later[0];
  if (next) void tx.objectStore('outbox').put({ ...next, version });
  await tx.done;
}

async function save(item: OutboxItem): Promise<void> {
  await (await offlineDb()).put('outbox', item);
}
