import { ApolloLink, CombinedGraphQLErrors, ServerError, ServerParseError, type ApolloClient } from '@apollo/client';
import { Observable } from 'rxjs';
import { openDB, type IDBPDatabase } from 'idb';

/** One query's last good answer from the server, for one person. */
export interface SavedAnswer {
  /** `${userId}|${key}` */
  id: string;
  userId: string;
  /** operation name + variables (answerKey) */
  key: string;
  operationName: string;
  data: unknown;
  /** When the server gave it (epoch ms). */
  savedAt: number;
  /** JSON length, for the size bound. */
  size: number;
}

/** Where the answers are kept: IndexedDB in a browser, memory where there is none (tests, old browsers). */
export interface AnswerStorage {
  load(userId: string): Promise<SavedAnswer[]>;
  put(answer: SavedAnswer): Promise<void>;
  remove(ids: string[]): Promise<void>;
  /** Forgets everyone's answers but `userId`'s (everyone's with null). */
  keepOnly(userId: string | null): Promise<void>;
}

/** At most this many answers per person, and this many bytes of JSON: the oldest go first. */
export const MAX_ANSWERS = 200;
export const MAX_BYTES = 4 * 1024 * 1024;
/** One answer larger than this is not kept at all (a report export, a huge list): it would push out everything else. */
const MAX_ONE_ANSWER_BYTES = 1024 * 1024;

/** The same query with the same variables is the same key, whatever the order of the variables' fields. */
export function answerKey(operationName: string, variables: Record<string, unknown> | undefined): string {
  return `${operationName}:${stableJson(variables ?? {})}`;
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * The request never reached the server or its answer never came back: no network, DNS, a dropped connection.
 * Not an answer from the server, however bad (a 500 is the server's, and the person should hear so), nor a request
 * the app itself cancelled.
 */
export function isNetworkFailure(error: unknown): boolean {
  if (CombinedGraphQLErrors.is(error) || ServerError.is(error) || ServerParseError.is(error)) return false;
  if (error instanceof Error && error.name === 'AbortError') return false;
  return error instanceof TypeError || globalThis.navigator?.onLine === false;
}

/**
 * The signed-in person's last answers to the queries they have seen, on their device, so a page already visited
 * still shows its figures offline (with the time they are from) instead of an error. Online nothing changes: every
 * query goes to the server as before and its answer is kept; only when the network fails is the kept answer given
 * to the page instead, and the page is told (`servedFromDevice`). Answers are per person: kept under their user id,
 * all others' dropped when someone signs in, all dropped on sign-out, and bounded in count and size.
 */
export class OfflineAnswers {
  private userId: string | null = null;
  private answers = new Map<string, SavedAnswer>();
  private loading: Promise<void> = Promise.resolve();
  /** Keys answered from the device since their last answer from the server → when that kept answer was saved. */
  private served = new Map<string, { operationName: string; savedAt: number }>();
  private networkDown = false;
  private readonly listeners = new Set<() => void>();
  private version = 0;

  constructor(private readonly storage: AnswerStorage = defaultStorage()) {
    // The browser's own word on the connection changes what pages say (the bell's "luring").
    globalThis.addEventListener?.('online', () => this.changed());
    globalThis.addEventListener?.('offline', () => this.changed());
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Changes whenever what the page should say changes (for useSyncExternalStore). */
  getVersion = () => this.version;

  /** The last request failed for want of a network (and none has succeeded since), or the browser says it is offline. */
  isOffline(): boolean {
    return this.networkDown || globalThis.navigator?.onLine === false;
  }

  /**
   * When the oldest kept answer now shown for these queries (by operation name) was saved; null when they all came
   * from the server.
   */
  servedFromDeviceAt(operationNames: Iterable<string>): number | null {
    const names = new Set(operationNames);
    let oldest: number | null = null;
    for (const { operationName, savedAt } of this.served.values()) {
      if (names.has(operationName) && (oldest === null || savedAt < oldest)) oldest = savedAt;
    }
    return oldest;
  }

  /** Whose answers are kept and given; null: nobody's (signed out). Others' answers are dropped from the device. */
  setUser(userId: string | null) {
    if (userId === this.userId) return;
    this.userId = userId;
    this.answers = new Map();
    this.served.clear();
    this.loading = (async () => {
      try {
        await this.storage.keepOnly(userId);
        if (!userId) return;
        const loaded = await this.storage.load(userId);
        if (this.userId !== userId) return;
        for (const answer of loaded) if (!this.answers.has(answer.key)) this.answers.set(answer.key, answer);
      } catch {
        // Storage refused (private browsing, quota): offline reading is off, online works as ever.
      }
    })();
    this.changed();
  }

  /** A good answer from the server: kept, and the page no longer shows a kept one for this query. */
  save(operationName: string, key: string, data: unknown) {
    const wasDown = this.networkDown;
    this.networkDown = false;
    const hadServed = this.served.delete(key);
    if (wasDown || hadServed) this.changed();
    const userId = this.userId;
    if (!userId) return;
    const json = JSON.stringify(data);
    if (json.length > MAX_ONE_ANSWER_BYTES) return;
    const answer: SavedAnswer = { id: `${userId}|${key}`, userId, key, operationName, data, savedAt: Date.now(), size: json.length };
    this.answers.delete(key);
    this.answers.set(key, answer);
    void this.storage.put(answer).catch(() => undefined);
    this.evict();
  }

  /** The server answered (even with errors): the network is there. */
  reached() {
    if (!this.networkDown) return;
    this.networkDown = false;
    this.changed();
  }

  /** The network failed for this query: its kept answer, if any, now stands for it. */
  async fallback(key: string): Promise<SavedAnswer | null> {
    this.networkDown = true;
    await this.loading;
    const answer = this.answers.get(key) ?? null;
    if (answer) this.served.set(key, { operationName: answer.operationName, savedAt: answer.savedAt });
    this.changed();
    return answer;
  }

  /** Anything answered from the device now: for asking again once the network returns. */
  hasServedFromDevice() {
    return this.served.size > 0;
  }

  private evict() {
    let bytes = 0;
    for (const answer of this.answers.values()) bytes += answer.size;
    const dropped: string[] = [];
    // A Map iterates in insertion order, and a saved answer is re-inserted: the first are the least recently saved.
    for (const [key, answer] of this.answers) {
      if (this.answers.size <= MAX_ANSWERS && bytes <= MAX_BYTES) break;
      this.answers.delete(key);
      bytes -= answer.size;
      dropped.push(answer.id);
    }
    if (dropped.length) void this.storage.remove(dropped).catch(() => undefined);
  }

  private changed() {
    this.version++;
    for (const listener of this.listeners) listener();
  }
}

/**
 * Queries go to the server as always; a good answer is kept for its person. When the network fails, the kept answer
 * (if there is one) is given instead of the error, and the page can say it is from the device.
 */
export function offlineAnswersLink(answers: OfflineAnswers): ApolloLink {
  return new ApolloLink((operation, forward) => {
    if (operation.operationType !== 'query' || !operation.operationName) return forward(operation);
    const { operationName } = operation;
    const key = answerKey(operationName, operation.variables);
    return new Observable((observer) => {
      let settled = false;
      const subscription = forward(operation).subscribe({
        next: (result) => {
          if (result.data && !result.errors?.length) answers.save(operationName, key, result.data);
          else answers.reached();
          observer.next(result);
        },
        error: (error: unknown) => {
          if (!isNetworkFailure(error)) {
            observer.error(error);
            return;
          }
          void answers.fallback(key).then((saved) => {
            if (settled) return;
            if (!saved) return observer.error(error);
            observer.next({ data: saved.data as Record<string, unknown> });
            observer.complete();
          });
        },
        complete: () => observer.complete(),
      });
      return () => {
        settled = true;
        subscription.unsubscribe();
      };
    });
  });
}

const clients = new WeakMap<ApolloClient, OfflineAnswers>();

export function attachOfflineAnswers(client: ApolloClient, answers: OfflineAnswers) {
  clients.set(client, answers);
}

/** The client's offline answers (a fresh, empty set for a client made without them, as in tests). */
export function offlineAnswersOf(client: ApolloClient): OfflineAnswers {
  let answers = clients.get(client);
  if (!answers) {
    answers = new OfflineAnswers(memoryStorage());
    clients.set(client, answers);
  }
  return answers;
}

function defaultStorage(): AnswerStorage {
  return typeof indexedDB === 'undefined' ? memoryStorage() : idbStorage();
}

export function memoryStorage(): AnswerStorage {
  const rows = new Map<string, SavedAnswer>();
  return {
    load: async (userId) => [...rows.values()].filter((r) => r.userId === userId).sort((a, b) => a.savedAt - b.savedAt),
    put: async (answer) => void rows.set(answer.id, answer),
    remove: async (ids) => ids.forEach((id) => rows.delete(id)),
    keepOnly: async (userId) => [...rows.values()].filter((r) => r.userId !== userId).forEach((r) => rows.delete(r.id)),
  };
}

const DB_NAME = 'jangkau-answers';
const STORE = 'answers';

function idbStorage(): AnswerStorage {
  let db: Promise<IDBPDatabase> | null = null;
  const open = () =>
    (db ??= openDB(DB_NAME, 1, {
      upgrade(database) {
        const store = database.createObjectStore(STORE, { keyPath: 'id' });
        store.createIndex('userId', 'userId');
      },
    }));
  return {
    load: async (userId) => {
      const rows = (await (await open()).getAllFromIndex(STORE, 'userId', userId)) as SavedAnswer[];
      return rows.sort((a, b) => a.savedAt - b.savedAt);
    },
    put: async (answer) => void (await (await open()).put(STORE, answer)),
    remove: async (ids) => {
      const tx = (await open()).transaction(STORE, 'readwrite');
      await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done]);
    },
    keepOnly: async (userId) => {
      const tx = (await open()).transaction(STORE, 'readwrite');
      let cursor = await tx.store.openCursor();
      while (cursor) {
        if ((cursor.value as SavedAnswer).userId !== userId) await cursor.delete();
        cursor = await cursor.continue();
      }
      await tx.done;
    },
  };
}
