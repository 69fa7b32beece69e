/**
 * Whether a newer version of the app waits (its service worker installed, not yet in charge), and how to switch to
 * it. Fed by register.ts; read by UpdatePrompt. Kept apart from workbox-window so components and tests need no
 * service worker.
 */
export interface UpdateState {
  waiting: boolean;
}

let state: UpdateState = { waiting: false };
let apply: () => void = () => globalThis.location?.reload();
const listeners = new Set<() => void>();

export const updateStore = {
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  getState: (): UpdateState => state,
  setWaiting(waiting: boolean) {
    if (state.waiting === waiting) return;
    state = { waiting };
    for (const listener of listeners) listener();
  },
  /** What "Muat ulang" does: register.ts makes it "let the new worker take over, then reload". */
  onApply(handler: () => void) {
    apply = handler;
  },
  apply() {
    apply();
  },
};
