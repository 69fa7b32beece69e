import { useApolloClient, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { ACTIVITY_LIMITS, at } from '@jangkau/shared-domain';
import { errorMessage, isNetworkFailure, useSession, type ActivityDetailFragment, type ActivityType } from '@jangkau/web-data-access';
import { currentLanguage, formatNumber, useTranslation } from '@jangkau/web-i18n';
import { EmptyState, ErrorState, LoadingState } from '@jangkau/web-ui';
import { ActivityQuery, MyWorkingAreaQuery } from '../graphql/activities';
import { participantTotals } from '../utils/formState';
import { programmeChoices } from '../utils/programmeChoices';
import { formatClock, formatInstant, formatWallClock, timeZoneOfRegion } from '../utils/time';
import { fieldId, STEPS } from '../utils/validateStep';
import { EvidenceSection } from './EvidenceSection';
import { AttendanceEditor } from './AttendanceEditor';
import { ParticipantsTable } from './ParticipantsTable';
import { VillagePicker } from './VillagePicker';
import { useOffline } from '../offline/OfflineProvider';
import { useFormOptions } from '../offline/useFormOptions';
import { AttachFiles } from '../offline/AttachFiles';
import { ProgrammeItems } from './ActivityProgrammeItems';
import { Field, FieldError } from './FormField';
import { CopyFromPast } from './CopyFromPast';
import { VenuePicker } from './VenuePicker';
import { CoOrganisers } from './CoOrganisers';
import { useActivityDraft } from '../hooks/useActivityDraft';
import { useFormSteps } from '../hooks/useFormSteps';
import { useFormSubmit } from '../hooks/useFormSubmit';

const TYPES: ActivityType[] = ['SOSIALISASI', 'PENYULUHAN', 'RAPAT_KOORDINASI', 'PEMBENTUKAN_DESA_BINAAN', 'MONITORING', 'LAINNYA'];

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
  const { state: session } = useSession();
  const user = session.status === 'signedIn' ? session.user : null;
  const options = useFormOptions();
  const offline = useOffline();
  const draft = useActivityDraft(activity, user?.id ?? null);
  const { form, set } = draft;
  const frameworks = options.data?.programmeFrameworks ?? [];
  const steps = useFormSteps(form, () => ({ now: new Date(), frameworks: options.data ? frameworks : undefined, leadAgencyId: activity?.leadAgencyId ?? user?.agency?.id ?? null }));
  const { step, shown, fieldError, described } = steps;
  const { save, saving } = useFormSubmit({ activity, userId: user?.id ?? null, draft, steps });

  const area = useQuery(MyWorkingAreaQuery, { variables: { agencyId: user?.agency?.id ?? '' }, skip: !user?.agency?.id });
  const workingArea = area.data?.agency?.workingArea.map((r) => r.code) ?? offline.reference?.workingArea ?? null;
  const zone = form.venueRegion ? timeZoneOfRegion(form.venueRegion.code) : null;
  // The person's own zone (their working area's), for moments not tied to a venue; WIB until it is known.
  const [workingRegion] = workingArea ?? [];
  const personZone = workingRegion !== undefined ? timeZoneOfRegion(workingRegion) : 'WIB';
  const language = currentLanguage();
  const today = new Date().toISOString().slice(0, 10);

  // Names for the chips of co-organisers already chosen (an edited activity's, or a restored draft's).
  const { copiedNames } = draft;
  const knownAgencyNames = useMemo(() => {
    const names: Record<string, { shortName: string; name: string }> = {};
    for (const a of options.data?.agencies ?? []) names[a.id] = { shortName: a.shortName, name: a.name };
    for (const c of activity?.coOrganisers ?? []) names[c.agency.id] = { shortName: c.agency.shortName, name: c.agency.name };
    return { ...names, ...copiedNames };
  }, [options.data, activity, copiedNames]);
  const programme = programmeChoices(frameworks, form.date, form.programmeItemIds);

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
      {draft.restored && (
        <p className="notice" role="status">
          {t('activity.form.restored', { at: formatInstant(draft.restored.savedAt, personZone, language) })}{' '}
          <button type="button" className="link-button" onClick={draft.discard}>
            {t('activity.form.discard')}
          </button>
        </p>
      )}
      <ol className="steps" aria-label={t('activity.form.stepOf', { n: index + 1, total: STEPS.length })}>
        {STEPS.map((s, i) => (
          <li key={s} aria-current={s === step ? 'step' : undefined}>
            <button type="button" className="steps__button" onClick={() => steps.goTo(s)}>
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
          if (!steps.passes(step)) return;
          if (step === 'review') void save();
          else steps.goTo(at(STEPS, index + 1, 'next step'));
        }}
      >
        <h2 ref={steps.heading} tabIndex={-1}>
          {t('activity.form.stepOf', { n: index + 1, total: STEPS.length })}: {t(`activity.form.steps.${step}`)}
        </h2>

        {shown.length > 0 && (
          <div ref={steps.summary} className="error-summary" role="alert" tabIndex={-1} aria-labelledby="error-summary-title">
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
                        steps.focusField(p);
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
            {steps.conflict && onReload && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  draft.clear();
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
            {!activity && user?.agency?.id && <CopyFromPast agencyId={user.agency.id} personZone={personZone} onCopy={(source) => draft.copy(source, user.agency?.id ?? null)} />}
            {draft.copiedFrom && (
              <p className="notice" role="status">
                {t('activityForm.copy.copied', { title: draft.copiedFrom })}
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
            <fieldset
              className={`fieldset${fieldError('topicIds') ? ' field--error' : ''}`}
              id={fieldId('topicIds')}
              aria-describedby={fieldError('topicIds') ? `${fieldId('topicIds')}-error` : undefined}
            >
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
            <AttachFiles userId={user.id} ownerId={draft.fileOwner} files={draft.files} onChange={() => void draft.reloadFiles()} />
          ) : null)}

        <div className="form__actions form__actions--sticky">
          {index > 0 && (
            <button type="button" className="button button--secondary" onClick={() => steps.goTo(at(STEPS, index - 1, 'previous step'))}>
              {t('activity.form.back')}
            </button>
          )}
          {step === 'review' ? (
            <>
              <button type="submit" className={canSubmit ? 'button button--secondary' : 'button'} disabled={saving}>
                {saving ? t('activity.form.saving') : t('activity.form.save')}
              </button>
              {canSubmit && (
                <button type="button" className="button" disabled={saving} onClick={() => steps.passes('review') && void save(true)}>
                  {t('activity.form.saveAndSubmit')}
                </button>
              )}
            </>
          ) : (
            <button type="submit" className="button">
              {t('activity.form.next')}
            </button>
          )}
          {draft.savedAt && <span className="muted small">{t('activity.form.autosaved', { at: formatClock(draft.savedAt, personZone, language) })}</span>}
        </div>
      </form>
    </section>
  );
}
