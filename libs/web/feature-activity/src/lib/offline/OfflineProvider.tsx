import { CombinedGraphQLErrors, ServerError, type ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { apiErrorMessage, useSession, type ApiRequest, type ApiResponse } from '@jangkau/web-data-access';
import {
  ActivityFormOptionsQuery,
  ActivityStateQuery,
  CreateActivityMutation,
  MyWorkingAreaQuery,
  OfflineRegionsQuery,
  SubmitActivityMutation,
  UpdateActivityMutation,
} from '../graphql/activities';
import { hasOfflineStore, type OutboxItem } from './offlineDb';
import { discard as discardItem, enqueue as enqueueItems, listOutbox, OutboxSendError, sendOutbox, type NewOutboxItem, type OutboxTransport, type SendResult } from './outbox';
import { readReference, REFERENCE_MAX_AGE_MS, writeReference, type KeptReference } from './reference';

export interface OfflineApi {
  /** Whose queue this is (null when nobody is signed in). */
  userId: string | null;
  items: OutboxItem[];
  sending: boolean;
  lastRun: { at: string; result: SendResult } | null;
  reference: KeptReference | null;
  online: boolean;
  /** Sends what waits now; resolves with what happened (null when nothing could run). */
  sendNow(): Promise<SendResult | null>;
  enqueue(items: NewOutboxItem[]): Promise<void>;
  discard(item: OutboxItem): Promise<void>;
}

export const OfflineContext = createContext<OfflineApi | null>(null);
/** While items wait and the network is there, try again this often (besides on `online`, focus and load). */
const RETRY_MS = 30_000;

/**
 * The device side of working offline, for the signed-in person: their outbox (sent on load, when the network
 * returns, on focus, every half minute while anything waits, and on "Kirim sekarang") and the reference data the
 * activity form needs with no network (their working area's regions, topics, programme items, agencies).
 */
export function OfflineProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const { state, request } = useSession();
  const userId = state.status === 'signedIn' ? state.user.id : null;
  const agencyId = state.status === 'signedIn' ? (state.user.agency?.id ?? null) : null;
  // Restored on this device with no network: the person is known, the server not yet reached.
  const sessionOffline = state.status === 'signedIn' && state.offline === true;
  const [items, setItems] = useState<OutboxItem[]>([]);
  const [sending, setSending] = useState(false);
  const [lastRun, setLastRun] = useState<OfflineApi['lastRun']>(null);
  const [reference, setReference] = useState<KeptReference | null>(null);
  const [online, setOnline] = useState(() => (typeof navigator === 'undefined' ? true : navigator.onLine));
  const running = useRef<Promise<SendResult | null> | null>(null);
  const transport = useMemo(() => createTransport(client, request), [client, request]);

  const reload = useCallback(async () => {
    setItems(userId && hasOfflineStore() ? await listOutbox(userId).catch(() => []) : []);
  }, [userId]);

  const sendNow = useCallback((): Promise<SendResult | null> => {
    if (!userId || !hasOfflineStore()) return Promise.resolve(null);
    running.current ??= (async () => {
      setSending(true);
      try {
        // One tab sends at a time: two would each send the same items.
        const result = await withLock(() => sendOutbox(userId, transport, () => void reload()));
        if (result) {
          setLastRun({ at: new Date().toISOString(), result });
          if (result.sent > 0) void client.refetchQueries({ include: 'active' });
        }
        return result;
      } finally {
        setSending(false);
        running.current = null;
        await reload();
      }
    })();
    return running.current;
  }, [client, reload, transport, userId]);

  /** Reads what is kept and, when it is missing or old, fetches it again; true when what is kept is fresh. */
  const refreshReference = useCallback(
    async (force = false): Promise<boolean> => {
      if (!userId || !agencyId || !hasOfflineStore()) return true;
      const kept = await readReference(userId).catch(() => null);
      setReference(kept);
      if (!force && kept && Date.now() - Date.parse(kept.savedAt) < REFERENCE_MAX_AGE_MS) return true;
      try {
        const [regions, options, area] = await Promise.all([
          client.query({ query: OfflineRegionsQuery, fetchPolicy: 'network-only' }),
          client.query({ query: ActivityFormOptionsQuery, fetchPolicy: 'network-only' }),
          client.query({ query: MyWorkingAreaQuery, variables: { agencyId }, fetchPolicy: 'network-only' }),
        ]);
        if (!regions.data || !options.data) return false;
        const fresh: KeptReference = {
          savedAt: new Date().toISOString(),
          complete: regions.data.offlineRegions.complete,
          regions: regions.data.offlineRegions.regions.map(({ code, name, level, path, villageCount }) => ({ code, name, level, path, villageCount })),
          formOptions: options.data,
          workingArea: area.data?.agency?.workingArea.map((r) => r.code) ?? [],
        };
        await writeReference(userId, fresh);
        setReference(fresh);
        return true;
      } catch {
        // No network, or the sign-in's store reset cancelled the queries: what is kept stays; tried again below.
        return false;
      }
    },
    [agencyId, client, userId],
  );

  useEffect(() => {
    setReference(null);
    void reload();
  }, [reload]);
  // Once the session reaches the server (at load, or when it is renewed after the network returned): send what
  // waits and refresh what is kept.
  useEffect(() => {
    if (sessionOffline) {
      void readReference(userId ?? '').then(setReference, () => undefined);
      return;
    }
    if (navigator.onLine) void sendNow();
    // Fetched again a little later when it failed (a sign-in resets the store under the first try), while online.
    let timer: ReturnType<typeof setTimeout> | undefined;
    let tries = 0;
    const attempt = () =>
      void refreshReference().then((fresh) => {
        if (!fresh && tries++ < 5) timer = setTimeout(() => navigator.onLine && attempt(), 2_000 * tries);
      });
    attempt();
    return () => clearTimeout(timer);
  }, [refreshReference, sendNow, sessionOffline, userId]);

  useEffect(() => {
    const wentOnline = () => {
      setOnline(true);
      void sendNow();
      void refreshReference();
    };
    const wentOffline = () => setOnline(false);
    const focused = () => {
      void reload();
      if (navigator.onLine) void sendNow();
    };
    const visible = () => document.visibilityState === 'visible' && focused();
    window.addEventListener('online', wentOnline);
    window.addEventListener('offline', wentOffline);
    window.addEventListener('focus', focused);
    document.addEventListener('visibilitychange', visible);
    return () => {
      window.removeEventListener('online', wentOnline);
      window.removeEventListener('offline', wentOffline);
      window.removeEventListener('focus', focused);
      document.removeEventListener('visibilitychange', visible);
    };
  }, [refreshReference, reload, sendNow]);

  const waiting = items.some((i) => i.state === 'waiting');
  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => navigator.onLine && void sendNow(), RETRY_MS);
    return () => clearInterval(timer);
  }, [sendNow, waiting]);

  const enqueue = useCallback(
    async (list: NewOutboxItem[]) => {
      await enqueueItems(list);
      await reload();
    },
    [reload],
  );
  const discard = useCallback(
    async (item: OutboxItem) => {
      if (!userId) return;
      await discardItem(userId, item);
      await reload();
    },
    [reload, userId],
  );

  const api = useMemo(
    () => ({ userId, items, sending, lastRun, reference, online, sendNow, enqueue, discard }),
    [userId, items, sending, lastRun, reference, online, sendNow, enqueue, discard],
  );
  return <OfflineContext.Provider value={api}>{children}</OfflineContext.Provider>;
}

/** The offline side for components; outside a provider (tests of single components), an inert one. */
export function useOffline(): OfflineApi {
  return useContext(OfflineContext) ?? INERT;
}

const INERT: OfflineApi = {
  userId: null,
  items: [],
  sending: false,
  lastRun: null,
  reference: null,
  online: true,
  sendNow: async () => null,
  enqueue: async () => {
    throw new Error('No OfflineProvider: nothing can be queued.');
  },
  discard: async () => undefined,
};

async function withLock<T>(work: () => Promise<T>): Promise<T | null> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks) return work();
  return locks.request('jangkau-outbox', { ifAvailable: true }, async (lock) => (lock ? work() : null)) as Promise<T | null>;
}

/** Whether an error means "try later" (no network, the server failing, the session to be renewed) or "the server said no". */
export function sendErrorOf(error: unknown): OutboxSendError {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const reason = String(first?.extensions?.reason ?? '');
    const code = String(first?.extensions?.code ?? '');
    if (code === 'INTERNAL_SERVER_ERROR' || code === 'UNAUTHENTICATED' || reason.startsWith('AUTH_') || reason === 'RATE_LIMITED') {
      return new OutboxSendError('server', first?.message ?? code, reason);
    }
    return new OutboxSendError('refused', first?.message ?? code, reason);
  }
  if (ServerError.is(error)) return new OutboxSendError('server', `HTTP ${error.statusCode}`);
  return new OutboxSendError('offline', error instanceof Error ? error.message : String(error));
}

function uploadErrorOf(response: ApiResponse): OutboxSendError {
  if (response.status === 0) return new OutboxSendError('offline', 'no network');
  const reason = (response.json as { error?: unknown } | undefined)?.error;
  if (response.status >= 500 || response.status === 429 || response.status === 401) return new OutboxSendError('server', `HTTP ${response.status}`);
  return new OutboxSendError('refused', apiErrorMessage(response) ?? `HTTP ${response.status}`, typeof reason === 'string' ? reason : undefined);
}

function createTransport(client: ApolloClient, request: (r: ApiRequest) => Promise<ApiResponse>): OutboxTransport {
  const run = async <T,>(work: () => Promise<T | null | undefined>): Promise<T> => {
    let value: T | null | undefined;
    try {
      value = await work();
    } catch (error) {
      throw sendErrorOf(error);
    }
    if (value === null || value === undefined) throw new OutboxSendError('server', 'empty answer');
    return value;
  };
  return {
    create: (id, input, planned) => run(async () => (await client.mutate({ mutation: CreateActivityMutation, variables: { id, input, planned } })).data?.createActivity),
    update: (id, version, input) => run(async () => (await client.mutate({ mutation: UpdateActivityMutation, variables: { id, version, input } })).data?.updateActivity),
    submit: (id, version) => run(async () => (await client.mutate({ mutation: SubmitActivityMutation, variables: { id, version } })).data?.submitActivity),
    current: async (id) => {
      try {
        const { data } = await client.query({ query: ActivityStateQuery, variables: { id }, fetchPolicy: 'network-only' });
        return data?.activity ?? null;
      } catch (error) {
        throw sendErrorOf(error);
      }
    },
    upload: async (activityId, key, file, fileName) => {
      const body = new FormData();
      body.append('file', file, fileName);
      const response = await request({ method: 'POST', path: `/api/activities/${activityId}/evidence`, body, headers: { 'Idempotency-Key': key } });
      if (response.status !== 200 && response.status !== 201) throw uploadErrorOf(response);
    },
  };
}
