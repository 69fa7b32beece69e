import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { errorMessage, isNetworkFailure, type ActivityDetailFragment } from '@jangkau/web-data-access';
import { useTranslation } from '@jangkau/web-i18n';
import { CreateActivityMutation, UpdateActivityMutation } from '../graphql/activities';
import { toInput } from '../utils/formState';
import { serverProblems } from '../utils/validateStep';
import { useOffline } from '../offline/OfflineProvider';
import { hasOfflineStore } from '../offline/offlineDb';
import { putFile } from '../offline/outbox';
import type { ActivityDraft } from './useActivityDraft';
import type { FormSteps } from './useFormSteps';

/**
 * Saving the form (and submitting it after, when asked): online, the mutation, then the files and the submission
 * through the outbox; offline or with no answer at all, everything queued on this device. The server's refusals
 * go to the form's steps; a saved form leaves for the activity (a queued one for the list) with a notice.
 */
export function useFormSubmit({ activity, userId, draft, steps }: { activity: ActivityDetailFragment | null; userId: string | null; draft: ActivityDraft; steps: FormSteps }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const offline = useOffline();
  const [create] = useMutation(CreateActivityMutation);
  const [update] = useMutation(UpdateActivityMutation);
  const [saving, setSaving] = useState(false);
  const { form, files } = draft;
  const today = new Date().toISOString().slice(0, 10);

  /** The form's files as outbox items of one activity (each file's id is its upload key). */
  const fileItems = (base: { userId: string; activityId: string; title: string }) =>
    files.map((f) => ({ ...base, id: f.id, kind: 'evidence' as const, fileName: f.fileName, fileSize: f.blob.size }));

  /** The form's files now belong to the queue: they leave the draft (and are sent, then deleted, by the outbox). */
  const handOver = async () => {
    for (const f of files) await putFile({ ...f, ownerId: `queued:${f.id}` });
    draft.clear();
  };

  /** Queues the change (and its files, and the submission) on this device: sent when the network returns. */
  const queue = async (input: ReturnType<typeof toInput>, submitAfter: boolean, uncertain: boolean) => {
    const activityId = activity?.id ?? draft.clientId;
    const base = { userId: userId!, activityId, title: form.title };
    await offline.enqueue([
      activity
        ? { ...base, id: crypto.randomUUID(), kind: 'update', input, version: activity.version, uncertain }
        : { ...base, id: crypto.randomUUID(), kind: 'create', input, planned: form.planned && form.date > today },
      ...fileItems(base),
      ...(submitAfter ? [{ ...base, id: crypto.randomUUID(), kind: 'submit' as const, version: null }] : []),
    ]);
    await handOver();
  };

  const save = async (submitAfter = false) => {
    setSaving(true);
    steps.clearServerProblems();
    const input = toInput(form);
    try {
      if (!offline.online && userId && hasOfflineStore()) {
        await queue(input, submitAfter, false);
        navigate('/kegiatan', { state: { notice: t('activity.outbox.queued') } });
        return;
      }
      const result = activity
        ? (await update({ variables: { id: activity.id, version: activity.version, input } })).data?.updateActivity
        : (await create({ variables: { id: draft.clientId, input, planned: form.planned && form.date > today } })).data?.createActivity;
      if (!result) throw new Error('no result');
      let notice = activity ? t('activity.form.saved') : result.status === 'PLANNED' ? t('activity.form.savedPlanned') : t('activity.form.savedDraft');
      if (files.length || submitAfter) {
        // Files (and the submission after them) go through the queue: a dropped connection mid-upload loses nothing.
        const base = { userId: userId!, activityId: result.id, title: form.title };
        await offline.enqueue([...fileItems(base), ...(submitAfter ? [{ ...base, id: crypto.randomUUID(), kind: 'submit' as const, version: result.version }] : [])]);
        await handOver();
        const run = await offline.sendNow();
        if (files.length && !submitAfter) notice = t('activity.outbox.queuedOnline');
        if (run && run.stopped) notice = t('activity.outbox.queued');
      } else {
        draft.clear();
      }
      navigate(`/kegiatan/${result.id}`, { state: { notice } });
    } catch (e) {
      // No answer at all: whether it arrived is unknown; the queue sends it again (a repeat is recognised) later.
      if (isNetworkFailure(e) && userId && hasOfflineStore()) {
        await queue(input, submitAfter, true);
        navigate('/kegiatan', { state: { notice: t('activity.outbox.queued') } });
        return;
      }
      steps.showServerProblems(CombinedGraphQLErrors.is(e) ? serverProblems(e.errors) : { problems: [{ field: null, step: null, message: errorMessage(e, t) }], conflict: false });
    } finally {
      setSaving(false);
    }
  };

  return { save, saving };
}
