import type { ActivityFormState } from './formState';

/**
 * The form as the user left it, kept on this device (localStorage) after every change: a dropped connection,
 * a closed tab or a flat battery loses nothing. Keyed by the activity (or the new activity's own client id, which
 * is also the id it will be created with, so a retry never makes two).
 */
export interface StoredDraft {
  savedAt: string;
  /** For a new activity: the id it will be created with. */
  clientId: string;
  /** For an edit: the version the edit started from. */
  version?: number;
  form: ActivityFormState;
}

const PREFIX = 'jangkau.activityDraft.';

export function draftKey(activityId: string | null, userId: string): string {
  return `${PREFIX}${userId}.${activityId ?? 'new'}`;
}

export function readDraft(key: string): StoredDraft | null {
  try {
    const raw = globalThis.localStorage?.getItem(key);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as StoredDraft;
    return parsed && typeof parsed.clientId === 'string' && parsed.form ? parsed : null;
  } catch {
    return null;
  }
}

export function writeDraft(key: string, draft: StoredDraft): void {
  try {
    globalThis.localStorage?.setItem(key, JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the form still works, only without the safety net.
  }
}

export function clearDraft(key: string): void {
  try {
    globalThis.localStorage?.removeItem(key);
  } catch {
    // nothing to do
  }
}
