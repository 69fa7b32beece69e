/**
 * @jest-environment node
 */
import 'fake-indexeddb/auto';
import type { ActivityInput } from '@jangkau/web-data-access';
import { closeOfflineDb } from './offlineDb';
import { discard, enqueue, listOutbox, OutboxSendError, putFile, sendOutbox, type OutboxTransport } from './outbox';
import { at } from '@jangkau/shared-domain';

const input = (title: string) => ({ title }) as unknown as ActivityInput;

/** A server in memory: activities with versions and statuses, uploads by key; `drop` loses the next reply. */
function fakeServer() {
  const activities = new Map<string, { version: number; status: string; title: string; files: Set<string> }>();
  const calls: string[] = [];
  let offline = false;
  let dropNextReply = false;
  const answer = <T>(work: () => T): Promise<T> => {
    if (offline) return Promise.reject(new OutboxSendError('offline', 'no network'));
    const value = work();
    if (dropNextReply) {
      dropNextReply = false;
      return Promise.reject(new OutboxSendError('offline', 'reply lost'));
    }
    return Promise.resolve(value);
  };
  const get = (id: string) => {
    const a = activities.get(id);
    if (!a) throw new OutboxSendError('refused', 'not found', 'ACTIVITY_NOT_FOUND');
    return a;
  };
  const transport: OutboxTransport = {
    create: (id, i) =>
      answer(() => {
        calls.push(`create ${id}`);
        if (!activities.has(id)) activities.set(id, { version: 1, status: 'DRAFT', title: i.title, files: new Set() });
        return { version: activities.get(id)!.version };
      }),
    update: (id, version, i) =>
      answer(() => {
        calls.push(`update ${id} v${version}`);
        const a = get(id);
        if (a.version !== version) throw new OutboxSendError('refused', 'Kegiatan ini telah diubah orang lain.', 'ACTIVITY_VERSION_CONFLICT');
        Object.assign(a, { version: a.version + 1, title: i.title });
        return { version: a.version };
      }),
    submit: (id, version) =>
      answer(() => {
        calls.push(`submit ${id} v${version}`);
        const a = get(id);
        if (a.version !== version) throw new OutboxSendError('refused', 'stale', 'ACTIVITY_VERSION_CONFLICT');
        Object.assign(a, { version: a.version + 1, status: 'SUBMITTED' });
        return { version: a.version };
      }),
    upload: (id, key) =>
      answer(() => {
        calls.push(`upload ${id} ${key}`);
        get(id).files.add(key);
      }),
    current: (id) => answer(() => (activities.has(id) ? { ...get(id) } : null)),
  };
  return {
    transport,
    activities,
    calls,
    goOffline: (v: boolean) => (offline = v),
    dropNextReply: () => (dropNextReply = true),
  };
}

async function recordOffline(userId: string, activityId: string, fileIds: string[] = []) {
  for (const id of fileIds) await putFile({ id, userId, ownerId: activityId, blob: new Blob(['jpeg']), fileName: `${id}.jpg`, contentType: 'image/jpeg', addedAt: '' });
  await enqueue([
    { id: `${activityId}-create`, userId, kind: 'create', activityId, title: 'Sosialisasi', input: input('Sosialisasi'), planned: false },
    ...fileIds.map((id) => ({ id, userId, kind: 'evidence' as const, activityId, title: 'Sosialisasi', fileName: `${id}.jpg` })),
    { id: `${activityId}-submit`, userId, kind: 'submit', activityId, title: 'Sosialisasi', version: null },
  ]);
}

beforeEach(() => {
  closeOfflineDb();
  indexedDB.deleteDatabase('jangkau-offline');
});

describe('the outbox', () => {
  it('keeps what was done offline and sends it in order when the network returns: created, files, submitted', async () => {
    const server = fakeServer();
    server.goOffline(true);
    await recordOffline('budi', 'a1', ['f1', 'f2']);
    expect(await sendOutbox('budi', server.transport)).toEqual({ sent: 0, stopped: 'offline', held: 0 });
    expect((await listOutbox('budi')).map((i) => i.kind)).toEqual(['create', 'evidence', 'evidence', 'submit']);
    server.goOffline(false);
    expect(await sendOutbox('budi', server.transport)).toEqual({ sent: 4, stopped: null, held: 0 });
    expect(server.calls).toEqual(['create a1', 'upload a1 f1', 'upload a1 f2', 'submit a1 v1']);
    expect(server.activities.get('a1')).toMatchObject({ status: 'SUBMITTED', files: new Set(['f1', 'f2']) });
    expect(await listOutbox('budi')).toEqual([]);
  });

  it('sends each item once even when replies are lost: the create finds itself, the submit sees it was done', async () => {
    const server = fakeServer();
    await recordOffline('budi', 'a1', ['f1']);
    server.dropNextReply();
    expect((await sendOutbox('budi', server.transport)).stopped).toBe('offline');
    expect(await sendOutbox('budi', server.transport)).toMatchObject({ stopped: null });
    // The submit's reply is lost too: it was applied; the next run must not submit a second time.
    await enqueue([{ id: 'u1', userId: 'budi', kind: 'update', activityId: 'a1', title: 'Baru', input: input('Baru'), version: 2 }]);
    server.activities.get('a1')!.status = 'RETURNED';
    server.dropNextReply();
    expect((await sendOutbox('budi', server.transport)).stopped).toBe('offline');
    expect(await sendOutbox('budi', server.transport)).toMatchObject({ sent: 1, stopped: null });
    expect(server.calls.filter((c) => c.startsWith('update'))).toEqual(['update a1 v2']);
    expect(server.activities.get('a1')).toMatchObject({ version: 3, title: 'Baru', files: new Set(['f1']) });
  });

  it('holds a change made on a stale version for the person, sends other activities, and drops it when told', async () => {
    const server = fakeServer();
    server.activities.set('old', { version: 5, status: 'DRAFT', title: 'Rapat', files: new Set() });
    await enqueue([
      { id: 'u1', userId: 'budi', kind: 'update', activityId: 'old', title: 'Rapat', input: input('Rapat (diubah)'), version: 4 },
      { id: 's1', userId: 'budi', kind: 'submit', activityId: 'old', title: 'Rapat', version: null },
    ]);
    await recordOffline('budi', 'a2');
    expect(await sendOutbox('budi', server.transport)).toEqual({ sent: 2, stopped: null, held: 1 });
    const held = await listOutbox('budi');
    const [conflict, waiting] = [at(held, 0, 'conflicting item'), at(held, 1, 'waiting item')];
    expect(conflict).toMatchObject({ id: 'u1', state: 'conflict', message: 'Kegiatan ini telah diubah orang lain.' });
    expect(waiting).toMatchObject({ id: 's1', state: 'waiting' });
    // Nothing was overwritten, nothing submitted on top of it.
    expect(server.activities.get('old')).toMatchObject({ version: 5, title: 'Rapat', status: 'DRAFT' });
    await discard('budi', conflict);
    expect(await listOutbox('budi')).toEqual([]);
  });

  it('keeps each person’s queue to themselves', async () => {
    const server = fakeServer();
    server.goOffline(true);
    await recordOffline('budi', 'a1');
    server.goOffline(false);
    expect(await listOutbox('siti')).toEqual([]);
    expect(await sendOutbox('siti', server.transport)).toEqual({ sent: 0, stopped: null, held: 0 });
    expect(server.calls).toEqual([]);
    expect(await listOutbox('budi')).toHaveLength(2);
  });
});
