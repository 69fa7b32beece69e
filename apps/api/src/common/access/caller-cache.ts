import { Caller } from './caller';

/** What one live session resolves to: the caller, and the token version its access tokens must carry. */
export interface CallerSession {
  caller: Caller;
  tokenVersion: number;
}

interface Entry extends CallerSession {
  /** Date.now() after which the entry is loaded again whatever was heard (the backstop). */
  until: number;
}

/** The most sessions kept; past it the least recently used goes. */
export const CALLER_CACHE_MAX = 10_000;
/** An entry is loaded again after this long even if no change was heard (a NOTIFY lost in some way not yet seen). */
export const CALLER_CACHE_TTL_MS = 60_000;

/**
 * The callers of live sessions, in this process, keyed by user and session (the access token's `sid`), so a
 * signed-in request costs no database read. Bounded (CALLER_CACHE_MAX, least recently used out first) and short-
 * lived (CALLER_CACHE_TTL_MS).
 *
 * Never stale: every row a caller is built from (users, agencies, agency_working_areas, refresh_tokens) notifies
 * `caller_changed` when it changes (a trigger), and the ChangeListener (common/change-listener.ts) hands it to evictNamed, in every instance. The
 * mutations that change rights also evict here at once, after their transaction commits, so the same instance's
 * very next request sees them without waiting for the notification. While the listening connection is down nothing
 * is served from here nor stored (`listening` false): every request loads its caller, as before the cache.
 *
 * A load that began before an eviction is not stored when it ends (`generation`): it may have read the old row.
 */
export class CallerCache {
  private readonly entries = new Map<string, Entry>();
  /** Loads under way, shared by concurrent requests of the same session (a page's burst of queries). */
  private readonly loading = new Map<string, { generation: number; promise: Promise<CallerSession | null> }>();
  private generation = 0;
  private listening = false;

  constructor(
    readonly max = CALLER_CACHE_MAX,
    readonly ttlMs = CALLER_CACHE_TTL_MS,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** Whether entries may be served: only while changes are being heard. */
  get active(): boolean {
    return this.listening;
  }

  /** The session's caller: from memory when it is there and fresh, else from `load` (null: the session is over). */
  async resolve(userId: string, sessionId: string, load: () => Promise<CallerSession | null>): Promise<CallerSession | null> {
    if (!this.listening) return load();
    const key = `${userId} ${sessionId}`;
    const entry = this.entries.get(key);
    if (entry) {
      if (entry.until > Date.now()) {
        // Most recently used last: Map keeps insertion order, so the first key is the one to drop.
        this.entries.delete(key);
        this.entries.set(key, entry);
        return entry;
      }
      this.entries.delete(key);
    }
    const generation = this.generation;
    const pending = this.loading.get(key);
    if (pending && pending.generation === generation) return pending.promise;
    const promise = load().then(
      (session) => {
        if (this.loading.get(key)?.promise === promise) this.loading.delete(key);
        // Refusals are not kept (the next request asks again); nor is anything read before an eviction.
        if (session && this.listening && this.generation === generation) this.store(key, session);
        return session;
      },
      (error) => {
        if (this.loading.get(key)?.promise === promise) this.loading.delete(key);
        throw error;
      },
    );
    this.loading.set(key, { generation, promise });
    return promise;
  }

  /** Kept for reuse (only while listening). */
  private store(key: string, session: CallerSession) {
    this.entries.delete(key);
    this.entries.set(key, { caller: session.caller, tokenVersion: session.tokenVersion, until: Date.now() + this.ttlMs });
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
  }

  /** Every session of this person. */
  evictUser(userId: string) {
    this.generation++;
    for (const [key, entry] of this.entries) if (entry.caller.userId === userId) this.entries.delete(key);
  }

  /** Every session of everyone in this agency. */
  evictAgency(agencyId: string) {
    this.generation++;
    for (const [key, entry] of this.entries) if (entry.caller.agencyId === agencyId) this.entries.delete(key);
  }

  clear() {
    this.generation++;
    this.entries.clear();
  }

  /** Set by the listener: on when LISTEN is in place, off (and emptied) when the connection is lost. */
  setListening(listening: boolean) {
    this.clear();
    this.listening = listening;
  }

  /** A `caller_changed` payload: `u:<user id>`, `a:<agency id>`, or `*` (everything, e.g. after a TRUNCATE). */
  evictNamed(payload: string) {
    if (payload.startsWith('u:')) this.evictUser(payload.slice(2));
    else if (payload.startsWith('a:')) this.evictAgency(payload.slice(2));
    else this.clear();
  }
}
