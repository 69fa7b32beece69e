import { useApolloClient } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { NDJSON, restErrorMessage, readJobStream, useSession, type ApiResponse } from '@jangkau/web-data-access';
import { formatNumber, useTranslation } from '@jangkau/web-i18n';
import { DataTable, JobProgress, JobReport, saveBlob, type JobReportProblems, type JobReportProgress } from '@jangkau/web-ui';

interface Problem {
  row: number | null;
  column: string | null;
  code: string;
  message: string;
}

interface ImportReport {
  dryRun: boolean;
  committed: boolean;
  rows: number;
  valid: number;
  invalid: number;
  alreadyImported: number;
  created: number;
  errorCount: number;
  warningCount: number;
  errors: Problem[];
  warnings: Problem[];
  preview: {
    row: number;
    title: string;
    date: string;
    startTime: string;
    endTime: string;
    timeZone: string;
    venueName: string;
    villageCount: number;
    participants: { male: number; female: number };
  }[];
  message: string;
}

type Progress = JobReportProgress;

const readStream = (text: string) => readJobStream<ImportReport>(text);

/**
 * /kegiatan/impor — past activities from a spreadsheet: download a template, check the file (a dry run that lists
 * every row's problems), then import all rows or none. Imported activities go to the head for verification.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const { request } = useSession();
  const client = useApolloClient();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const download = async (format: 'xlsx' | 'csv') => {
    setError(null);
    const response = await request({ method: 'GET', path: `/api/activities/import/template.${format}`, responseType: 'blob' });
    if (!response.blob) return setError(restErrorMessage(response, t));
    saveBlob(response.blob, `templat-impor-kegiatan.${format}`);
  };

  const run = async (dryRun: boolean) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    setProgress({ phase: 'upload', fraction: 0 });
    const body = new FormData();
    body.append('file', file);
    const response: ApiResponse = await request({
      method: 'POST',
      path: `/api/activities/import?dryRun=${dryRun}`,
      body,
      accept: NDJSON,
      onUploadProgress: (fraction) => setProgress({ phase: 'upload', fraction }),
      onResponseText: (text) => {
        const stream = readStream(text);
        if (stream.progress) setProgress(stream.progress);
      },
    });
    setBusy(false);
    setProgress(null);
    if (response.status !== 200) return setError(restErrorMessage(response, t));
    const stream = readStream(response.text ?? '');
    // No report and no error line: the answer was cut off (the connection, or the server, went away).
    if (stream.error || !stream.report) return setError(stream.error ?? restErrorMessage({ status: 0 }, t));
    setReport(stream.report.report);
    if (stream.report.report.created > 0) await client.refetchQueries({ include: 'active' });
  };

  const ready = report && report.dryRun && report.errorCount === 0 && report.valid > 0;
  return (
    <section className="import-page">
      <p>
        <Link to="/kegiatan">← {t('activity.page.backToList')}</Link>
      </p>
      <h1>{t('activity.import.title')}</h1>
      <p>{t('activity.import.intro')}</p>
      <ol className="import-steps">
        <li>
          <p>{t('activity.import.stepTemplate')}</p>
          <div className="form__actions">
            <button type="button" className="button button--secondary" onClick={() => void download('xlsx')}>
              {t('activity.import.templateXlsx')}
            </button>
            <button type="button" className="link-button" onClick={() => void download('csv')}>
              {t('activity.import.templateCsv')}
            </button>
          </div>
        </li>
        <li>
          <label className="field">
            <span>{t('activity.import.stepFile')}</span>
            <input
              ref={input}
              type="file"
              accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setReport(null);
                setError(null);
              }}
            />
          </label>
          <button type="button" className="button" disabled={!file || busy} onClick={() => void run(true)}>
            {t('activity.import.check')}
          </button>
        </li>
      </ol>

      {progress && (
        <JobProgress
          progress={progress}
          uploadingLabel={t('activity.import.uploading')}
          phaseLabel={(p) => t(`activity.import.phase.${p.phase}`, { done: formatNumber(p.done), total: formatNumber(p.total) })}
        />
      )}
      {error && (
        <p className="form__error" role="alert">
          {error}
        </p>
      )}

      {report && (
        <JobReport<Problem>
          title={t('activity.import.report')}
          status={report.errorCount ? 'problem' : 'ok'}
          message={report.message}
          counts={[
            { key: 'rows', label: t('activity.import.rows', { formatted: formatNumber(report.rows) }) },
            { key: 'valid', label: t('activity.import.valid', { formatted: formatNumber(report.valid) }) },
            report.invalid > 0 && { key: 'invalid', label: t('activity.import.invalid', { formatted: formatNumber(report.invalid) }) },
            report.alreadyImported > 0 && { key: 'already', label: t('activity.import.already', { formatted: formatNumber(report.alreadyImported) }) },
            report.created > 0 && { key: 'created', label: t('activity.import.created', { formatted: formatNumber(report.created) }) },
          ]}
          actions={
            <>
              {ready && (
                <button type="button" className="button" disabled={busy} onClick={() => void run(false)}>
                  {t('activity.import.commit', { count: report.valid, formatted: formatNumber(report.valid) })}
                </button>
              )}
              {report.committed && (
                <p>
                  <Link to="/kegiatan?status=SUBMITTED">{t('activity.import.seeSubmitted')}</Link>
                </p>
              )}
            </>
          }
          problems={[
            problemTable('errors', t('activity.import.errorsTitle', { formatted: formatNumber(report.errorCount) }), report.errors, report.errorCount),
            problemTable('warnings', t('activity.import.warningsTitle', { formatted: formatNumber(report.warningCount) }), report.warnings, report.warningCount),
          ]}
        >
          {report.preview.length > 0 && report.dryRun && (
            <>
              <h2>{t('activity.import.previewTitle')}</h2>
              <DataTable
                rows={report.preview}
                rowKey={(p) => p.row}
                columns={[
                  { key: 'row', header: t('activity.import.row'), cell: (p) => p.row },
                  { key: 'title', header: t('activity.field.title'), cell: (p) => p.title },
                  {
                    key: 'when',
                    header: t('activity.when'),
                    cell: (p) => (
                      <>
                        {p.date} {p.startTime}–{p.endTime} {p.timeZone}
                      </>
                    ),
                  },
                  { key: 'where', header: t('activity.where'), cell: (p) => p.venueName },
                  { key: 'villages', header: t('activity.field.villages'), align: 'end', cell: (p) => formatNumber(p.villageCount) },
                  { key: 'participants', header: t('activity.field.participants'), align: 'end', cell: (p) => formatNumber(p.participants.male + p.participants.female) },
                ]}
              />
            </>
          )}
        </JobReport>
      )}
    </section>
  );

  /** Errors or warnings: row, column and what is wrong; the report lists the first of many. */
  function problemTable(key: string, title: string, problems: Problem[], total: number): JobReportProblems<Problem> {
    return {
      key,
      title,
      rows: problems,
      total,
      truncatedNote: t('activity.import.truncated', { shown: formatNumber(problems.length), total: formatNumber(total) }),
      rowKey: (p, i) => `${p.row}:${p.column}:${p.code}:${i}`,
      columns: [
        { key: 'row', header: t('activity.import.row'), cell: (p) => p.row ?? '—' },
        { key: 'column', header: t('activity.import.column'), cell: (p) => <code>{p.column ?? '—'}</code> },
        { key: 'problem', header: t('activity.import.problem'), cell: (p) => p.message },
      ],
    };
  }
}
