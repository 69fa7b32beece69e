import { useEffect, useMemo, useRef, useState } from 'react';
import type { ActivityDetailFragment } from '@jangkau/web-data-access';
import { clearDraft, draftKey, readDraft, writeDraft, type StoredDraft } from '../utils/draftStore';
import { emptyForm, formFromActivity, type ActivityFormState } from '../utils/formState';
import { copyFromActivity, type CopySource } from '../utils/copyFromActivity';
import { hasOfflineStore, type StoredFile } from '../offline/offlineDb';
import { filesOf } from '../offline/outbox';

type AgencyNames = Record<string, { shortName: string; name: string }>;

/**
 * The form's values as a draft kept on this device after every change (a dropped connection or a closed tab loses
 * nothing), restored when the form opens again unless it was kept for an older version of the activity; a copy
 * from a past activity; and the photos and PDFs chosen in the form, kept on the device at once.
 */
export function useActivityDraft(activity: ActivityDetailFragment | null, userId: string | null) {
  const key = draftKey(activity?.id ?? null, userId ?? 'anonymous');
  const stored = useMemo(() => readDraft(key), [key]);
  // A draft kept for an older version of this activity is not restored over newer data.
  const restorable = stored && (!activity || stored.version === activity.version) ? stored : null;
  const [form, setForm] = useState<ActivityFormState>(() => restorable?.form ?? (activity ? formFromActivity(activity) : emptyForm()));
  const [restored, setRestored] = useState<StoredDraft | null>(restorable);
  const clientId = useRef(restorable?.clientId ?? crypto.randomUUID());
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [copiedFrom, setCopiedFrom] = useState<string | null>(null);
  const [copiedNames, setCopiedNames] = useState<AgencyNames>({});
  const touched = useRef(false);

  // Every change is kept on this device at once; a dropped connection or a closed tab loses nothing.
  useEffect(() => {
    if (!touched.current) return;
    const at = new Date().toISOString();
    writeDraft(key, { savedAt: at, clientId: clientId.current, version: activity?.version, form });
    setSavedAt(at);
  }, [form, key, activity?.version]);

  const set = <K extends keyof ActivityFormState>(field: K, value: ActivityFormState[K]) => {
    touched.current = true;
    setForm((f) => ({ ...f, [field]: value }));
  };

  /** Starts again from the activity (or an empty form), dropping the restored draft. */
  const discard = () => {
    clearDraft(key);
    setForm(activity ? formFromActivity(activity) : emptyForm());
    setRestored(null);
  };

  /** Fills the form from a past activity of the agency (the names of its co-organisers for their chips). */
  const copy = (source: CopySource, agencyId: string | null) => {
    touched.current = true;
    setForm((f) => copyFromActivity(f, source, agencyId));
    setCopiedNames(Object.fromEntries(source.coOrganisers.map((c) => [c.agency.id, { shortName: c.agency.shortName, name: c.agency.name }])));
    setCopiedFrom(source.title);
  };

  // Photos and PDFs chosen in the form: kept on this device at once (a reload loses none), sent after the activity.
  const fileOwner = activity?.id ?? clientId.current;
  const [files, setFiles] = useState<StoredFile[]>([]);
  const reloadFiles = useMemo(() => async () => setFiles(userId && hasOfflineStore() ? await filesOf(userId, fileOwner).catch(() => []) : []), [fileOwner, userId]);
  useEffect(() => void reloadFiles(), [reloadFiles]);

  return {
    key,
    form,
    set,
    restored,
    discard,
    /** Forgets the draft on this device (saved, queued, or given up for a reload). */
    clear: () => clearDraft(key),
    /** For a new activity: the id it is created with (also the owner of its files until then). */
    clientId: clientId.current,
    savedAt,
    copy,
    copiedFrom,
    copiedNames,
    files,
    fileOwner,
    reloadFiles,
  };
}

export type ActivityDraft = ReturnType<typeof useActivityDraft>;
