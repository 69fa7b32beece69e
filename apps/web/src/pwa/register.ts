import { Workbox } from 'workbox-window';
import type { SessionStore } from '@jangkau/web-data-access';
import { updateStore } from './update-store';

/** Phones keep a tab open for days: look for a new version this often, besides every navigation. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;
const PERSIST_ASKED_KEY = 'jangkau.persistAsked';

/**
 * The service worker (vite-plugin-pwa's, see vite.config.mts), registered once the page has loaded so its precache
 * downloads do not compete with the first page. A newer version waits until the person chooses "Muat ulang"
 * (UpdatePrompt): the page is reloaded only then, never under someone's typing. Another tab that switched to the
 * new version shows this tab the prompt too, rather than reloading it unasked.
 */
export function registerServiceWorker() {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  const wb = new Workbox('/sw.js', { scope: '/' });
  let requested = false;
  wb.addEventListener('waiting', () => updateStore.setWaiting(true));
  wb.addEventListener('controlling', (event) => {
    // The first install takes the page without a reload (nothing changes for the person); an update they asked
    // for reloads into the new version.
    if (requested) window.location.reload();
    else if (event.isUpdate) updateStore.setWaiting(true);
  });
  updateStore.onApply(() => {
    requested = true;
    wb.messageSkipWaiting();
    // No worker waited after all (another tab already switched): the reload alone brings the new version.
    setTimeout(() => window.location.reload(), 3_000);
  });
  const register = () => {
    void wb.register().catch(() => undefined);
    setInterval(() => void wb.update().catch(() => undefined), UPDATE_CHECK_MS);
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

/**
 * Once, after someone signs in online on this device: ask the browser to keep this site's storage (the kept answers,
 * the outbox) under storage pressure instead of evicting it. Chromium decides by itself (installed, bookmarked,
 * engaged); Firefox may ask the person.
 */
export function askPersistentStorageOnce(session: SessionStore) {
  const ask = () => {
    const state = session.getState();
    if (state.status !== 'signedIn' || state.offline) return;
    try {
      if (localStorage.getItem(PERSIST_ASKED_KEY)) return;
      localStorage.setItem(PERSIST_ASKED_KEY, new Date().toISOString());
    } catch {
      return;
    }
    void navigator.storage?.persist?.().catch(() => false);
  };
  session.subscribe(ask);
  ask();
}
