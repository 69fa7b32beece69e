import { CombinedGraphQLErrors } from '@apollo/client';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ACTIVITY_LIMITS } from '@jangkau/shared-domain';
import { errorMessage, isNetworkFailure, useSession, type ActivityDetailFragment, type ActivityType } from '@jangkau/web-data-access';
import { currentLanguage, formatCalendarDate, formatNumber, useTranslation } from '@jangkau/web-i18n';
import { EmptyState, ErrorState, LoadingState } from '@jangkau/web-ui';
import { ActivityQuery, CreateActivityMutation, MyWorkingAreaQuery, UpdateActivityMutation } from '../graphql/activities';
import { clearDraft, draftKey, readDraft, writeDraft, type StoredDraft } from '../utils/draftStore';
import { emptyForm, formFromActivity, participantTotals, toInput, type ActivityFormState } from '../utils/formState';
import { programmeChoices } from '../utils/programmeChoices';
import { formatClock, formatInstant, formatWallClock, timeZoneOfRegion } from '../utils/time';
import { copyFromActivity } from '../utils/copyFromActivity';
import {
  fieldId,
  firstStepOf,
  serverProblems,
  STEPS,
  validateStep,
  type FormField,
  type Problem,
  type ServerProblem,
  type Step,
} from '../utils/validateStep';
import { EvidenceSection } from './EvidenceSection';
import { AttendanceEditor } from './AttendanceEditor';
import { ParticipantsTable } from './ParticipantsTable';
import { VillagePicker } from './VillagePicker';
import { useOffline } from '../offline/OfflineProvider';
import { useFormOptions } from '../offline/useFormOptions';
import { hasOfflineStore, type StoredFile } from '../offline/offlineDb';
import { filesOf, putFile } from '../offline/outbox';
import { AttachFiles } from '../offline/AttachFiles';
import { ProgrammeItems } from './ActivityProgrammeItems';
import { Field, FieldError, focusById } from './FormField';
import { CopyFromPast } from './CopyFromPast';
import { VenuePicker } from './VenuePicker';
import { CoOrganisers } from './CoOrganisers';

const TYPES: ActivityType[] = ['SOSIALISASI', 'PENYULUHAN', 'RAPAT_KOORDINASI', 'PEMBENTUKAN_DESA_BINAAN', 'MONITORING', 'LAINNYA'];
/** A problem as the form shows it: in the summary at the top of the step, and beside its field. */
interface ShownProblem {
  field: FormField | null;
  step: Step | null;
  message: string;
}

/** /kegiatan/baru and /kegiatan/:id/ubah — the activity form, in steps that fit a phone. */
export function ActivityFormPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const client = useApolloClient();
  const existing = useQuery(ActivityQuery, { variables: { id: id ?? '' }, skip: !id, fetchPolicy: 'network-only' });
  // No network: the activity as last seen on this device; the change is queued against that version (a newer one
  // on the server makes it a conflict for the person to resolve, never an overwrite).
  const seen = id && existing.error && isNetworkFailure(existing.error) ? client.readQuery({ query: ActivityQuery, variables: { id } }) : null;
  if (!id) return <ActivityForm activity={null} />;
  if (existing.loading && !existing.data) return <LoadingState label={t('state.loading')} rows={6} />;
  if (existing.error && !seen?.activity) {
    return <ErrorState title={t('state.errorTitle')} message={errorMessage(existing.error, t)} retryLabel={t('state.retry')} onRetry={() => void existing.refetch()} />;
  }
  const activity = existing.data?.activity ?? seen?.activity;
  if (!activity || !activity.allowedActions.includes('EDIT')) {
    return (
      <EmptyState title={t('activity.page.notFoundTitle')}>
        <p>{t('activity.page.notFoundBody')}</p>
        <Link to="/kegiatan">{t('activity.page.backToList')}</Link>
      </EmptyState>
    );
  }
  return <ActivityForm key={`${activity.id}:${activity.version}`} activity={activity} onReload={() => void existing.refetch()} />;
}

function ActivityForm({ activity, onReload }: { activity: ActivityDetailFragment | null; onReload?: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { state: session } = useSession();
  const user = session.status === 'signedIn' ? session.user : null;
  const key = draftKey(activity?.id ?? null, user?.id ?? 'anonymous');
  const stored = useMemo(() => readDraft(key), [key]);
  // A draft kept for an older version of this activity is not restored over newer data.
  const restorable = stored && (!activity || stored.version === activity.version) ? stored : null;
  const [form, setForm] = useState<ActivityFormState>(() => restorable?.form ?? (activity ? formFromActivity(activity) : emptyForm()));
  const [restored, setRestored] = useState<StoredDraft | null>(restorable);
  const clientId = useRef(restorable?.clientId ?? crypto.randomUUID());
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [step, setStep] = useState<Step>('what');
  // What the server refused on the last save (all of its errors), and whether someone changed the activity meanwhile.
  const [error, setError] = useState<{ problems: ServerProblem[]; conflict: boolean } | null>(null);
  // The checks run when "Lanjut" or "Simpan" is pressed, then again on every change so fixed problems go away.
  const [checked, setChecked] = useState<Step | null>(null);
  const [summaryFocus, setSummaryFocus] = useState(0);
  const summary = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<string | null>(null);
  const [copiedFrom, setCopiedFrom] = useState<string | null>(null);
  const [copiedNames, setCopiedNames] = useState<Record<string, { shortName: string; name: string }>>({});
  const [saving, setSaving] = useState(false);
  const touched = useRef(false);
  const heading = useRef<HTMLHeadingElement>(null);

  const options = useFormOptions();
  const offline = useOffline();
  // Photos and PDFs chosen in the form: kept on this device at once (a reload loses none), sent after the activity.
  const fileOwner = activity?.id ?? clientId.current;
  const [files, setFiles] = useState<StoredFile[]>([]);
  const reloadFiles = useMemo(
    () => async () => setFiles(user && hasOfflineStore() ? await filesOf(user.id, fileOwner).catch(() => []) : []),
    [fileOwner, user],
  );
  useEffect(() => void reloadFiles(), [reloadFiles]);
  const area = useQuery(MyWorkingAreaQuery, { variables: { agencyId: user?.agency?.id ?? '' }, skip: !user?.agency?.id });
  const workingArea = area.data?.agency?.workingArea.map((r) => r.code) ?? offline.reference?.workingArea ?? null;
  const [create] = useMutation(CreateActivityMutation);
  const [update] = useMutation(UpdateActivityMutation);

  // Every change is kept on this device at once; a dropped connection or a closed tab loses nothing.
  useEffect(() => {
    if (!touched.current) return;
    const at = new Date().toISOString();
    writeDraft(key, { savedAt: at, clientId: clientId.current, version: activity?.version, form });
    setSavedAt(at);
  }, [form, key, activity?.version]);

  useEffect(() => heading.current?.focus(), [step]);
  // After the heading: a summary of problems, or a field chosen from it, takes the focus from it.
  useEffect(() => {
    if (summaryFocus) summary.current?.focus();
  }, [summaryFocus]);
  useEffect(() => {
    if (!pendingFocus.current) return;
    focusById(pendingFocus.current);
    pendingFocus.current = null;
  }, [step]);

  const set = <K extends keyof ActivityFormState>(field: K, value: ActivityFormState[K]) => {
    touched.current = true;
    setForm((f) => ({ ...f, [field]: value }));
  };

  const zone = form.venueRegion ? timeZoneOfRegion(form.venueRegion.code) : null;
  // The person's own zone (their working area's), for moments not tied to a venue; WIB until it is known.
  const personZone = workingArea?.length ? timeZoneOfRegion(workingArea[0]) : 'WIB';
  const language = currentLanguage();
  const today = new Date().toISOString().slice(0, 10);

  const frameworks = options.data?.programmeFrameworks ?? [];
  // Names for the chips of co-organisers already chosen (an edited activity's, or a restored draft's).
  const knownAgencyNames = useMemo(() => {
    const names: Record<string, { shortName: string; name: string }> = {};
    for (const a of options.data?.agencies ?? []) names[a.id] = { shortName: a.shortName, name: a.name };
    for (const c of activity?.coOrganisers ?? []) names[c.agency.id] = { shortName: c.agency.shortName, name: c.agency.name };
    return { ...names, ...copiedNames };
  }, [options.data, activity, copiedNames]);
  const programme = programmeChoices(frameworks, form.date, form.programmeItemIds);

  /** The form's files as outbox items of one activity (each file's id is its upload key). */
  const fileItems = (base: { userId: string; activityId: string; title: string }) =>
    files.map((f) => ({ ...base, id: f.id, kind: 'evidence' as const, fileName: f.fileName, fileSize: f.blob.size }));

  /** Queues the change (and its files, and the submission) on this device: sent when the network returns. */
  const queue = async (input: ReturnType<typeof toInput>, submitAfter: boolean, uncertain: boolean) => {
    const activityId = activity?.id ?? clientId.current;
    const base = { userId: user!.id, activityId, title: form.title };
    await offline.enqueue([
      activity
        ? { ...base, id: crypto.randomUUID(), kind: 'update', input, version: activity.version, uncertain }
        : { ...base, id: crypto.randomUUID(), kind: 'create', input, planned: form.planned && form.date > today },
      ...fileItems(base),
      ...(submitAfter ? [{ ...base, id: crypto.randomUUID(), kind: 'submit' as const, version: null }] : []),
    ]);
    await handOver();
  };

  /** The form's files now belong to the queue: they leave the draft (and are sent, then deleted, by the outbox). */
  const handOver = async () => {
    for (const f of files) await putFile({ ...f, ownerId: `queued:${f.id}` });
    clearDraft(key);
  };

  const context = () => ({ now: new Date(), frameworks: options.data ? frameworks : undefined, leadAgencyId: activity?.leadAgencyId ?? user?.agency?.id ?? null });
  const problemText = (p: Problem) => {
    const values: Record<string, string | number> = { ...p.values };
    if (p.key === 'dateOutOfRange') Object.assign(values, { from: formatCalendarDate(String(values.from)), to: formatCalendarDate(String(values.to)) });
    if (p.key === 'attendanceOverTotal') Object.assign(values, { category: t(`activity.category.${values.category}`), sex: t(`activity.form.${values.sex}`) });
    return t(`activityForm.problem.${p.key}`, values);
  };
  const shown: ShownProblem[] = [
    ...(checked ? validateStep(form, checked, context()) : []).map((p) => ({ field: p.field, step: p.step, message: problemText(p) })),
    ...(error?.problems ?? []),
  ];
  const fieldError = (field: FormField) => shown.find((p) => p.field === field)?.message ?? null;
  /** The id, aria-invalid and aria-describedby of a field's input. */
  const described = (field: FormField) => {
    const message = fieldError(field);
    return { id: fieldId(field), 'aria-invalid': message ? true : undefined, 'aria-describedby': message ? `${fieldId(field)}-error` : undefined };
  };

  const goTo = (next: Step) => {
    setStep(next);
    // A step's own problems are for that step; those found on saving stay until fixed or saved again.
    setChecked((c) => (c === 'review' ? c : null));
  };
  /** The gate in front of moving on and saving: every problem of the step (all steps on saving) at once. */
  const passes = (scope: Step): boolean => {
    const found = validateStep(form, scope, context());
    setChecked(found.length ? scope : null);
    if (!found.length) return true;
    setError(null);
    const first = firstStepOf(found);
    if (first && first !== step) setStep(first);
    setSummaryFocus((n) => n + 1);
    return false;
  };
  const focusField = (problem: ShownProblem) => {
    if (!problem.field) return;
    if (problem.step && problem.step !== step) {
      pendingFocus.current = fieldId(problem.field);
      setStep(problem.step);
    } else focusById(fieldId(problem.field));
  };

  const save = async (submitAfter = false) => {
    setSaving(true);
    setError(null);
    const input = toInput(form);
    try {
      if (!offline.online && user && hasOfflineStore()) {
        await queue(input, submitAfter, false);
        navigate('/kegiatan', { state: { notice: t('activity.outbox.queued') } });
        return;
      }
      const result = activity
        ? (await update({ variables: { id: activity.id, version: activity.version, input } })).data?.updateActivity
        : (await create({ variables: { id: clientId.current, input, planned: form.planned && form.date > today } })).data?.createActivity;
      if (!result) throw new Error('no result');
      let notice = activity ? t('activity.form.saved') : result.status === 'PLANNED' ? t('activity.form.savedPlanned') : t('activity.form.savedDraft');
      if (files.length || submitAfter) {
        // Files (and the submission after them) go through the queue: a dropped connection mid-upload loses nothing.
        const base = { userId: user!.id, activityId: result.id, title: form.title };
        await offline.enqueue([
          ...fileItems(base),
          ...(submitAfter ? [{ ...base, id: crypto.randomUUID(), kind: 'submit' as const, version: result.version }] : []),
        ]);
        await handOver();
        const run = await offline.sendNow();
        if (files.length && !submitAfter) notice = t('activity.outbox.queuedOnline');
        if (run && run.stopped) notice = t('activity.outbox.queued');
      } else {
        clearDraft(key);
      }
      navigate(`/kegiatan/${result.id}`, { state: { notice } });
    } catch (e) {
      // No answer at all: whether it arrived is unknown; the queue sends it again (a repeat is recognised) later.
      if (isNetworkFailure(e) && user && hasOfflineStore()) {
        await queue(input, submitAfter, true);
        navigate('/kegiatan', { state: { notice: t('activity.outbox.queued') } });
        return;
      }
      const found = CombinedGraphQLErrors.is(e) ? serverProblems(e.errors) : { problems: [{ field: null, step: null, message: errorMessage(e, t) }], conflict: false };
      setError(found);
      const target = firstStepOf(found.problems);
      if (target) setStep(target);
      setSummaryFocus((n) => n + 1);
    } finally {
      setSaving(false);
    }
  };

  const index = STEPS.indexOf(step);
  // Held already (not in the future) and the person may submit it: saving and submitting can be one step.
  const canSubmit = (activity ? activity.allowedActions.includes('SUBMIT') : true) && form.date !== '' && form.date <= today;
  const totals = participantTotals(form.participants);

  return (
    <section className="activity-form">
      <p>
        <Link to={activity ? `/kegiatan/${activity.id}` : '/kegiatan'}>← {activity ? activity.title : t('activity.page.backToList')}</Link>
      </p>
      <h1>{activity ? t('activity.form.editTitle') : t('activity.form.newTitle')}</h1>
      {restored && (
        <p className="notice" role="status">
          {t('activity.form.restored', { at: formatInstant(restored.savedAt, personZone, language) })}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              clearDraft(key);
              setForm(activity ? formFromActivity(activity) : emptyForm());
              setRestored(null);
            }}
          >
            {t('activity.form.discard')}
          </button>
        </p>
      )}
      <ol className="steps" aria-label={t('activity.form.stepOf', { n: index + 1, total: STEPS.length })}>
        {STEPS.map((s, i) => (
          <li key={s} aria-current={s === step ? 'step' : undefined}>
            <button type="button" className="steps__button" onClick={() => goTo(s)}>
              <span className="steps__n">{i + 1}</span> <span className="steps__label">{t(`activity.form.steps.${s}`)}</span>
            </button>
          </li>
        ))}
      </ol>

      <form
        className="form form--panel"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!passes(step)) return;
          if (step === 'review') void save();
          else goTo(STEPS[index + 1]);
        }}
      >
        <h2 ref={heading} tabIndex={-1}>
          {t('activity.form.stepOf', { n: index + 1, total: STEPS.length })}: {t(`activity.form.steps.${step}`)}
        </h2>

        {shown.length > 0 && (
          <div ref={summary} className="error-summary" role="alert" tabIndex={-1} aria-labelledby="error-summary-title">
            <p id="error-summary-title" className="error-summary__title">
              {t('activityForm.summaryTitle', { count: shown.length })}
            </p>
            <ul>
              {shown.map((p, i) => (
                <li key={i}>
                  {p.field ? (
                    <a
                      href={`#${fieldId(p.field)}`}
                      onClick={(event) => {
                        event.preventDefault();
                        focusField(p);
                      }}
                    >
                      {p.step && p.step !== step ? `${t('activityForm.onStep', { n: STEPS.indexOf(p.step) + 1 })}: ` : ''}
                      {p.message}
                    </a>
                  ) : (
                    p.message
                  )}
                </li>
              ))}
            </ul>
            {error?.conflict && onReload && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  clearDraft(key);
                  onReload();
                }}
              >
                {t('activity.form.conflictReload')}
              </button>
            )}
          </div>
        )}

        {step === 'what' && (
          <>
            {!activity && user?.agency?.id && (
              <CopyFromPast
                agencyId={user.agency.id}
                personZone={personZone}
                onCopy={(source) => {
                  touched.current = true;
                  setForm((f) => copyFromActivity(f, source, user.agency?.id ?? null));
                  setCopiedNames(Object.fromEntries(source.coOrganisers.map((c) => [c.agency.id, { shortName: c.agency.shortName, name: c.agency.name }])));
                  setCopiedFrom(source.title);
                }}
              />
            )}
            {copiedFrom && (
              <p className="notice" role="status">
                {t('activityForm.copy.copied', { title: copiedFrom })}
              </p>
            )}
            <Field field="type" label={t('activity.field.type')} error={fieldError('type')}>
              <select {...described('type')} value={form.type} onChange={(e) => set('type', e.target.value as ActivityType)}>
                {TYPES.map((type) => (
                  <option key={type} value={type}>
                    {t(`activity.type.${type}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field field="title" label={t('activity.field.title')} error={fieldError('title')}>
              <input {...described('title')} value={form.title} maxLength={ACTIVITY_LIMITS.titleMax} required onChange={(e) => set('title', e.target.value)} />
            </Field>
            <Field field="description" label={t('activity.field.description')} error={fieldError('description')}>
              <textarea {...described('description')} rows={4} value={form.description} maxLength={ACTIVITY_LIMITS.descriptionMax} onChange={(e) => set('description', e.target.value)} />
            </Field>
            {/* Start above end: on a phone each pair gets the whole width, so no input overlaps another. */}
            <div className="when-fields">
              <fieldset className="when-fields__group">
                <legend>{t('activityForm.starts')}</legend>
                <Field field="date" label={t('activity.field.date')} error={fieldError('date')}>
                  <input {...described('date')} type="date" value={form.date} required onChange={(e) => set('date', e.target.value)} />
                </Field>
                <Field field="startTime" label={t('activity.field.startTime')} error={fieldError('startTime')}>
                  <input {...described('startTime')} type="time" value={form.startTime} required onChange={(e) => set('startTime', e.target.value)} />
                </Field>
              </fieldset>
              <fieldset className="when-fields__group">
                <legend>{t('activityForm.ends')}</legend>
                <Field field="endTime" label={t('activity.field.endTime')} error={fieldError('endTime')}>
                  <input {...described('endTime')} type="time" value={form.endTime} required onChange={(e) => set('endTime', e.target.value)} />
                </Field>
                <Field field="endDate" label={t('activity.field.endDate')} error={fieldError('endDate')} hint={t('activityForm.endDateHint')}>
                  <input
                    {...described('endDate')}
                    aria-describedby={[fieldError('endDate') ? `${fieldId('endDate')}-error` : null, `${fieldId('endDate')}-hint`].filter(Boolean).join(' ')}
                    type="date"
                    value={form.endDate}
                    min={form.date}
                    onChange={(e) => set('endDate', e.target.value)}
                  />
                </Field>
              </fieldset>
            </div>
            {zone && <p className="muted">{t('activity.timeZoneNote', { zone })}</p>}
            {!activity && form.date > today && (
              <label className="field--inline">
                <input type="checkbox" checked={form.planned} onChange={(e) => set('planned', e.target.checked)} /> {t('activity.field.planned')}
              </label>
            )}
            <ProgrammeItems
              choices={programme}
              loaded={Boolean(options.data)}
              value={form.programmeItemIds}
              onChange={(ids) => set('programmeItemIds', ids)}
              error={fieldError('programmeItemIds')}
            />
            <fieldset className={`fieldset${fieldError('topicIds') ? ' field--error' : ''}`} id={fieldId('topicIds')} aria-describedby={fieldError('topicIds') ? `${fieldId('topicIds')}-error` : undefined}>
              <legend>{t('activity.field.topics')}</legend>
              <div className="checklist checklist--columns">
                {(options.data?.topics ?? [])
                  .filter((topic) => topic.active || form.topicIds.includes(topic.id))
                  .map((topic) => (
                    <label key={topic.id} className="field--inline">
                      <input
                        type="checkbox"
                        checked={form.topicIds.includes(topic.id)}
                        onChange={(e) => set('topicIds', e.target.checked ? [...form.topicIds, topic.id] : form.topicIds.filter((i) => i !== topic.id))}
                      />
                      {topic.name}
                    </label>
                  ))}
              </div>
              <FieldError field="topicIds" message={fieldError('topicIds')} />
            </fieldset>
          </>
        )}

        {step === 'where' && (
          <>
            <Field field="venueName" label={t('activity.field.venueName')} error={fieldError('venueName')}>
              <input {...described('venueName')} value={form.venueName} maxLength={ACTIVITY_LIMITS.venueNameMax} required onChange={(e) => set('venueName', e.target.value)} />
            </Field>
            <VenuePicker value={form.venueRegion} onChange={(region) => set('venueRegion', region)} error={fieldError('venueRegion')} />
            <VillagePicker inputId={fieldId('villages')} value={form.villages} onChange={(v) => set('villages', v)} workingArea={workingArea} error={fieldError('villages')} />
            <CoOrganisers
              knownNames={knownAgencyNames}
              villageCodes={form.villages.map((v) => v.code)}
              venueRegionCode={form.venueRegion?.code ?? null}
              value={form.coOrganiserIds}
              onChange={(ids) => set('coOrganiserIds', ids)}
              error={fieldError('coOrganiserIds')}
            />
          </>
        )}

        {step === 'who' && (
          <>
            <div id={fieldId('participants')} className={`activity-form__group${fieldError('participants') ? ' field--error' : ''}`}>
              <ParticipantsTable value={form.participants} onChange={(p) => set('participants', p)} />
              <FieldError field="participants" message={fieldError('participants')} />
            </div>
            <div id={fieldId('attendance')} className={`activity-form__group${fieldError('attendance') ? ' field--error' : ''}`}>
              <AttendanceEditor form={form} onChange={(rows) => set('attendance', rows)} />
              <FieldError field="attendance" message={fieldError('attendance')} />
            </div>
          </>
        )}

        {step === 'review' && (
          <dl className="summary">
            <dt>{t('activity.field.title')}</dt>
            <dd>{form.title || '—'}</dd>
            <dt>{t('activityForm.starts')}</dt>
            <dd>{formatWallClock(form.date, form.startTime, zone ?? personZone, language) ?? '—'}</dd>
            <dt>{t('activityForm.ends')}</dt>
            <dd>{formatWallClock(form.endDate || form.date, form.endTime, zone ?? personZone, language) ?? '—'}</dd>
            <dt>{t('activity.where')}</dt>
            <dd>
              {form.venueName || '—'}
              {form.venueRegion ? `, ${form.venueRegion.name}` : ''}
            </dd>
            <dt>{t('activity.field.villages')}</dt>
            <dd>{t('activity.form.villagesPicked', { formatted: formatNumber(form.villages.length) })}</dd>
            <dt>{t('activity.field.participants')}</dt>
            <dd>
              {formatNumber(totals.total)} ({t('activity.form.officials')}: {formatNumber(totals.officials)})
            </dd>
          </dl>
        )}
        {step === 'review' &&
          (activity ? (
            <EvidenceSection activity={activity} />
          ) : user ? (
            <AttachFiles userId={user.id} ownerId={fileOwner} files={files} onChange={() => void reloadFiles()} />
          ) : null)}

        <div className="form__actions form__actions--sticky">
          {index > 0 && (
            <button type="button" className="button button--secondary" onClick={() => goTo(STEPS[index - 1])}>
              {t('activity.form.back')}
            </button>
          )}
          {step === 'review' ? (
            <>
              <button type="submit" className={canSubmit ? 'button button--secondary' : 'button'} disabled={saving}>
                {saving ? t('activity.form.saving') : t('activity.form.save')}
              </button>
              {canSubmit && (
                <button type="button" className="button" disabled={saving} onClick={() => passes('review') && void save(true)}>
                  {t('activity.form.saveAndSubmit')}
                </button>
              )}
            </>
          ) : (
            <button type="submit" className="button">
              {t('activity.form.next')}
            </button>
          )}
          {savedAt && <span className="muted small">{t('activity.form.autosaved', { at: formatClock(savedAt, personZone, language) })}</span>}
        </div>
      </form>
    </section>
  );
}
