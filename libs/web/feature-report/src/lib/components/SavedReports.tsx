import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { errorMessage, type ReportInput, type SavedReportFieldsFragment } from '@jangkau/web-data-access';
import { formatDate, useTranslation } from '@jangkau/web-i18n';
import { LoadingState } from '@jangkau/web-ui';
import { DeleteSavedReportMutation } from '../graphql/deleteSavedReport.mutation';
import { SaveReportMutation } from '../graphql/saveReport.mutation';
import { SavedReportsQuery } from '../graphql/savedReports.query';
import { UpdateSavedReportMutation } from '../graphql/updateSavedReport.mutation';
import { definitionOf, inputOf, writeDefinition } from '../hooks/useReportParams';

export const sharedPath = (id: string) => `/laporan/simpan/${id}`;

/** Save the report on screen under a name; list, open, rename, delete and share the caller's saved reports. */
export function SavedReports({ input }: { input: ReportInput | null }) {
  const { t } = useTranslation();
  // Asked again on every visit: a schedule set on a saved report's own page changes what the list says.
  const saved = useQuery(SavedReportsQuery, { fetchPolicy: 'cache-and-network' });
  const [name, setName] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [save, saving] = useMutation(SaveReportMutation, { refetchQueries: [SavedReportsQuery] });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!input || !name.trim()) return;
    setMessage(null);
    try {
      await save({ variables: { name: name.trim(), input } });
      setName('');
      setMessage(t('report.saved.done'));
    } catch (error) {
      setMessage(errorMessage(error, t));
    }
  };

  return (
    <section className="form form--panel" aria-labelledby="saved-reports">
      <h2 id="saved-reports">{t('report.saved.title')}</h2>
      {input ? (
        <form className="inline-form" onSubmit={(e) => void submit(e)}>
          <label className="field">
            <span>{t('report.saved.name')}</span>
            <input value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
          </label>
          <button type="submit" className="button" disabled={saving.loading || !name.trim()}>
            {t('report.saved.save')}
          </button>
        </form>
      ) : (
        <p className="muted">{t('report.saved.runFirst')}</p>
      )}
      {message && <p role="status">{message}</p>}
      {saved.loading && !saved.data ? (
        <LoadingState label={t('state.loading')} rows={2} />
      ) : saved.error ? (
        <p className="form__error">{errorMessage(saved.error, t)}</p>
      ) : saved.data?.savedReports.length ? (
        <ul className="saved-reports">
          {saved.data.savedReports.map((report) => (
            <SavedReportItem key={report.id} report={report} />
          ))}
        </ul>
      ) : (
        <p className="muted">{t('report.saved.none')}</p>
      )}
    </section>
  );
}

function SavedReportItem({ report }: { report: SavedReportFieldsFragment }) {
  const { t } = useTranslation();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(report.name);
  const [message, setMessage] = useState<string | null>(null);
  const [update, updating] = useMutation(UpdateSavedReportMutation);
  const [remove, removing] = useMutation(DeleteSavedReportMutation, { refetchQueries: [SavedReportsQuery] });
  const definition = definitionOf(report.input);
  const input = inputOf(definition);

  const rename = async (event: FormEvent) => {
    event.preventDefault();
    if (!input || !name.trim()) return;
    try {
      // The definition as saved (period key kept), only the name changes.
      await update({ variables: { id: report.id, version: report.version, name: name.trim(), input: savedInput(report) } });
      setRenaming(false);
      setMessage(null);
    } catch (error) {
      setMessage(errorMessage(error, t));
    }
  };
  const del = async () => {
    if (!window.confirm(t('report.saved.confirmDelete', { name: report.name }))) return;
    try {
      await remove({ variables: { id: report.id, version: report.version } });
    } catch (error) {
      setMessage(errorMessage(error, t));
    }
  };
  const copy = async () => {
    const link = `${window.location.origin}${sharedPath(report.id)}`;
    try {
      await navigator.clipboard.writeText(link);
      setMessage(t('report.saved.copied'));
    } catch {
      setMessage(t('report.saved.copyThis', { link }));
    }
  };

  return (
    <li className="saved-report">
      {renaming ? (
        <form className="inline-form" onSubmit={(e) => void rename(e)}>
          <label className="field">
            <span>{t('report.saved.name')}</span>
            <input value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
          </label>
          <button type="submit" className="button" disabled={updating.loading}>
            {t('report.saved.saveName')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setRenaming(false)}>
            {t('report.saved.cancel')}
          </button>
        </form>
      ) : (
        <>
          <Link to={`/laporan?${writeDefinition(definition).toString()}`}>{report.name}</Link> <span className="muted">{formatDate(report.updatedAt.slice(0, 10))}</span>
          {report.schedule && (
            <p className={`saved-report__schedule${report.schedule.active ? '' : ' muted'}`}>
              {report.schedule.active
                ? t(report.schedule.frequency === 'MONTHLY' ? 'report.saved.sentMonthly' : 'report.saved.sentQuarterly', {
                    format: report.schedule.format,
                    count: report.schedule.recipients,
                  })
                : t('report.saved.scheduleOff')}
            </p>
          )}
          <div className="saved-report__actions">
            {report.mine && (
              <Link className="button button--secondary" to={sharedPath(report.id)} aria-label={t('report.saved.scheduleOf', { name: report.name })}>
                {t('report.saved.schedule')}
              </Link>
            )}
            <button type="button" className="button button--secondary" onClick={() => void copy()}>
              {t('report.saved.copyLink')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setRenaming(true)} aria-label={t('report.saved.renameOf', { name: report.name })}>
              {t('report.saved.rename')}
            </button>
            <button type="button" className="button button--secondary" disabled={removing.loading} onClick={() => void del()} aria-label={t('report.saved.deleteOf', { name: report.name })}>
              {t('report.saved.delete')}
            </button>
          </div>
        </>
      )}
      {message && <p role="status">{message}</p>}
    </li>
  );
}

/** A saved definition back as the API's input, exactly as saved (no nulls for absent fields). */
export function savedInput(report: SavedReportFieldsFragment): ReportInput {
  const entries = Object.entries(report.input).filter(([key, value]) => key !== '__typename' && value !== null && value !== undefined);
  return Object.fromEntries(entries) as unknown as ReportInput;
}
