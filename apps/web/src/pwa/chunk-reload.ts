/** sessionStorage: when this tab last reloaded itself for a chunk that would not load. */
const RELOADED_AT_KEY = 'jangkau.chunkReloadedAt';
/** One automatic reload per tab in this long: a chunk that is missing for good cannot make the page loop. */
const GUARD_MS = 10 * 60 * 1000;

/**
 * A route's code could not be loaded: "Failed to fetch dynamically imported module" (Chromium), "error loading
 * dynamically imported module" (Firefox), "Importing a module script failed" (Safari), or Vite's own preload error.
 * After a deploy, an open page asks for chunks that no longer exist.
 */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /dynamically imported module|Importing a module script failed|ChunkLoadError|Unable to preload CSS|vite:preloadError/i.test(message);
}

/**
 * Reloads the page once, so the person gets the current version of the app with its chunks; true when it did.
 * Not offline (the reload could not fetch the chunk either: the page says so instead), not a second time within
 * ten minutes in this tab (a chunk missing for good would loop), and not while the person is typing in a field.
 */
export function reloadOnceForChunk({
  now = Date.now(),
  storage = safeSessionStorage(),
  reload = () => globalThis.location.reload(),
}: { now?: number; storage?: Pick<Storage, 'getItem' | 'setItem'>; reload?: () => void } = {}): boolean {
  if (globalThis.navigator?.onLine === false || !storage) return false;
  if (isTyping()) return false;
  const last = Number(storage.getItem(RELOADED_AT_KEY) ?? 0);
  if (last && now - last < GUARD_MS) return false;
  storage.setItem(RELOADED_AT_KEY, String(now));
  reload();
  return true;
}

/** Vite's signal that a chunk's preload failed: reload once instead of letting the import fail. */
export function reloadOnPreloadError() {
  window.addEventListener('vite:preloadError', (event) => {
    if (reloadOnceForChunk()) event.preventDefault();
  });
}

function isTyping(): boolean {
  const active = globalThis.document?.activeElement as HTMLElement | null | undefined;
  if (!active) return false;
  return active.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(active.tagName);
}

function safeSessionStorage() {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}
