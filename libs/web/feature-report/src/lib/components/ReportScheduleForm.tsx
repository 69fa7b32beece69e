import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent, type KeyboardEvent } from 'react';
import { errorMessage, type ReportScheduleFormat, type ReportScheduleFrequency } from '@jangkau/web-data-access';
import { useTranslation } from '@jangkau/web-i18n';
import { RemoveReportScheduleMutation, ReportScheduleQuery, SetReportScheduleMutation } from '../graphql/reportSchedule.query';

const MAX_RECIPIENTS = 20;

/** "Kirim terjadwal": the owner sends a saved report monthly or quarterly to named people (each with their own rights). */
export function ReportScheduleForm({ savedReportId }: { savedReportId: string }) {
  const { t } = useTranslation();
  const current = useQuery(ReportScheduleQuery, { variables: { savedReportId } });
  const schedule = current.data?.reportSchedule ?? null;
  const [frequency, setFrequency] = useState<ReportScheduleFrequency>('MONTHLY');
  const [format, setFormat] = useState<ReportScheduleFormat>('XLSX');
  const [active, setActive] = useState(true);
  const [recipients, setRecipients] = useState<string[]>([]);
  const [typed, setTyped] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  // The saved list (not on this page) asks again whenever it is shown, so it follows the change by itself.
  const [save, saving] = useMutation(SetReportScheduleMutation, { refetchQueries: [ReportScheduleQuery] });
  const [remove, removing] = useMutation(RemoveReportScheduleMutation, { refetchQueries: [ReportScheduleQuery] });

  useEffect(() => {
    if (!schedule) return;
    setFrequency(schedule.frequency);
    setFormat(schedule.format);
    setActive(schedule.active);
    setRecipients(schedule.recipients.map((r) => r.username));
  }, [schedule]);

  const add = () => {
    const value = typed.trim();
    if (!value) return;
    if (!recipients.some((r) => r.toLowerCase() === value.toLowerCase()) && recipients.length < MAX_RECIPIENTS) setRecipients([...recipients, value]);
    setTyped('');
  };
  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add();
    }
  };

  const failed = (error: unknown) => {
    const field = CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions?.['field'] : null;
    if (field === 'recipients') setFieldError(errorMessage(error, t));
    else setMessage(errorMessage(error, t));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    setFieldError(null);
    const all = typed.trim() ? [...recipients, typed.trim()] : recipients;
    if (!all.length) {
      setFieldError(t('report.schedule.needRecipient'));
      return;
    }
    try {
      await save({ variables: { savedReportId, input: { frequency, format, recipients: all, active }, version: schedule?.version ?? null } });
      setTyped('');
      setMessage(t('report.schedule.saved'));
    } catch (error) {
      failed(error);
    }
  };

  const stop = async () => {
    if (!schedule) return;
    setMessage(null);
    try {
      await remove({ variables: { savedReportId, version: schedule.version } });
      setRecipients([]);
      setMessage(t('report.schedule.removed'));
    } catch (error) {
      failed(error);
    }
  };

  return (
    <section className="form form--panel" aria-labelledby="report-schedule">
      <h2 id="report-schedule">{t('report.schedule.title')}</h2>
      <p className="muted">{t('report.schedule.intro')}</p>
      <form onSubmit={(e) => void submit(e)}>
        <label className="field">
          <span>{t('report.schedule.frequency')}</span>
          <select value={frequency} onChange={(e) => setFrequency(e.target.value as ReportScheduleFrequency)}>
            <option value="MONTHLY">{t('report.schedule.monthly')}</option>
            <option value="QUARTERLY">{t('report.schedule.quarterly')}</option>
          </select>
        </label>
        <label className="field">
          <span>{t('report.schedule.format')}</span>
          <select value={format} onChange={(e) => setFormat(e.target.value as ReportScheduleFormat)}>
            <option value="XLSX">XLSX</option>
            <option value="PDF">PDF</option>
          </select>
        </label>
        <div className="field">
          <label htmlFor="schedule-recipient">{t('report.schedule.recipients')}</label>
          {recipients.length > 0 && (
            <ul className="chips" aria-label={t('report.schedule.recipients')}>
              {recipients.map((r) => (
                <li key={r} className="chip">
                  {r}{' '}
                  <button type="button" aria-label={t('report.schedule.removeRecipient', { name: r })} onClick={() => setRecipients(recipients.filter((x) => x !== r))}>
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
          <input
            id="schedule-recipient"
            value={typed}
            placeholder={t('report.schedule.recipientHint')}
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={fieldError ? 'schedule-recipient-error' : undefined}
            onChange={(e) => setTyped(e.target.value)}
            onKeyDown={onKey}
          />
          <button type="button" className="button button--secondary" onClick={add} disabled={!typed.trim()}>
            {t('report.schedule.add')}
          </button>
          {fieldError && (
            <p id="schedule-recipient-error" className="form__error" role="alert">
              {fieldError}
            </p>
          )}
        </div>
        <label className="field field--checkbox">
          <input type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} /> <span>{t('report.schedule.active')}</span>
        </label>
        <div className="form__actions">
          <button type="submit" className="button" disabled={saving.loading}>
            {t('report.schedule.save')}
          </button>
          {schedule && (
            <button type="button" className="button button--secondary" disabled={removing.loading} onClick={() => void stop()}>
              {t('report.schedule.remove')}
            </button>
          )}
        </div>
      </form>
      {message && <p role="status">{message}</p>}
    </section>
  );
}
