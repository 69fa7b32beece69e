import { useQuery } from '@apollo/client/react';
import { errorMessage, NDJSON, restErrorMessage, readJobStream, useSession } from '@jangkau/web-data-access';
import { formatNumber, useTranslation } from '@jangkau/web-i18n';
import { JobProgress, JobReport, QueryState, type JobReportProgress } from '@jangkau/web-ui';
import { useState } from 'react';
import { BoundarySetsQuery } from '../graphql/boundaries';

interface Finding {
  feature: number | null;
  code: string | null;
  message: string;
}

/** The import report as the API sends it (apps/api/src/modules/boundary/import/boundary-import.report.ts). */
export interface BoundaryImportReport {
  dryRun: boolean;
  committed: boolean;
  level: number | null;
  features: number;
  matched: number;
  regions: number;
  unmatched: Finding[];
  wrongLevel: Finding[];
  invalid: Finding[];
  fileProblems: Finding[];
  warnings: Finding[];
  missing: { code: string; name: string; level: string }[];
  counts: { unmatched: number; wrongLevel: number; invalid: number; repaired: number; warnings: number; missing: number };
  message: string;
}

type Progress = JobReportProgress;

/** Whether a checked report may be imported: no blocking finding and something to import. */
export function importable(report: BoundaryImportReport): boolean {
  const c = report.counts;
  return c.unmatched + c.wrongLevel + c.invalid + report.fileProblems.length === 0 && report.matched > 0;
}

/**
 * /admin/batas-wilayah — region boundaries as data: the sets in use per level with their source and licence, and
 * an import from a file or a URL (GeoJSON or TopoJSON keyed by Kemendagri code): check first, then import all or
 * nothing, with progress while the server reads, validates, simplifies and writes.
 */
export function BoundariesPage() {
  const { t } = useTranslation();
  const { request } = useSession();
  const sets = useQuery(BoundarySetsQuery);
  const [file, setFile] = useState<File | null>(null);
  const [url, setUrl] = useState('');
  const [codeProperty, setCodeProperty] = useState('code');
  const [source, setSource] = useState('');
  const [licence, setLicence] = useState('');
  const [progress, setProgress] = useState<Progress | null>(null);
  const [report, setReport] = useState<BoundaryImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const reset = () => {
    setReport(null);
    setError(null);
  };

  const run = async (dryRun: boolean) => {
    if (!file && !url.trim()) return;
    setBusy(true);
    setError(null);
    setProgress({ phase: 'upload', fraction: 0 });
    const body = new FormData();
    if (file) body.append('file', file);
    else body.append('url', url.trim());
    body.append('codeProperty', codeProperty.trim() || 'code');
    if (source.trim()) body.append('source', source.trim());
    if (licence.trim()) body.append('licence', licence.trim());
    const response = await request({
      method: 'POST',
      path: `/api/boundaries/import?dryRun=${dryRun}`,
      body,
      accept: NDJSON,
      onUploadProgress: (fraction) => setProgress({ phase: 'upload', fraction }),
      onResponseText: (text) => {
        const stream = readJobStream<BoundaryImportReport>(text);
        if (stream.progress) setProgress(stream.progress);
      },
    });
    setBusy(false);
    setProgress(null);
    if (response.status !== 200) return setError(restErrorMessage(response, t));
    const stream = readJobStream<BoundaryImportReport>(response.text ?? '');
    // No report and no error line: the answer was cut off (the connection, or the server, went away).
    if (stream.error || !stream.report) return setError(stream.error ?? restErrorMessage({ status: 0 }, t));
    setReport(stream.report.report);
    if (stream.report.report.committed) await sets.refetch();
  };

  const checked = report && report.dryRun && importable(report);
  return (
    <section className="boundaries-page">
      <h1>{t('boundaries.title')}</h1>
      <p>{t('boundaries.intro')}</p>

      <h2>{t('boundaries.inUse')}</h2>
      <QueryState loading={sets.loading} error={sets.error} data={sets.data} describeError={(e) => errorMessage(e, t)} onRetry={() => void sets.refetch()} loadingRows={3} errorHidesData>
        {() => (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('boundaries.level')}</th>
                  <th scope="col">{t('boundaries.file')}</th>
                  <th scope="col" className="num">
                    {t('boundaries.regions')}
                  </th>
                  <th scope="col" className="num">
                    {t('boundaries.missing')}
                  </th>
                  <th scope="col">{t('boundaries.importedAt')}</th>
                  <th scope="col">{t('boundaries.source')}</th>
                </tr>
              </thead>
              <tbody>
                {[1, 2, 3, 4].map((level) => {
                  const set = sets.data?.boundarySets.find((s) => s.level === level);
                  return (
                    <tr key={level}>
                      <th scope="row">{t(`boundaries.levels.${level}`)}</th>
                      {set ? (
                        <>
                          <td>{set.fileName}</td>
                          <td className="num">{formatNumber(set.regionCount)}</td>
                          <td className="num">{formatNumber(set.missingCount)}</td>
                          <td>{new Date(set.importedAt).toLocaleString('id-ID', { timeZone: 'Asia/Jakarta' })}</td>
                          <td>
                            <details>
                              <summary>{set.source}</summary>
                              <pre className="licence-text">{set.licence}</pre>
                            </details>
                          </td>
                        </>
                      ) : (
                        <td colSpan={5}>{t('boundaries.none')}</td>
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>

      <h2>{t('boundaries.importTitle')}</h2>
      <form className="form" aria-label={t('boundaries.importTitle')} onSubmit={(e) => e.preventDefault()}>
        <label className="field">
          <span>{t('boundaries.fileLabel')}</span>
          <input
            type="file"
            accept=".geojson,.json,.topojson,.gz,application/geo+json,application/json,application/gzip"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              reset();
            }}
          />
        </label>
        <label className="field">
          <span>{t('boundaries.urlLabel')}</span>
          <input
            type="url"
            value={url}
            disabled={!!file}
            placeholder="https://…/desa.geojson"
            onChange={(e) => {
              setUrl(e.target.value);
              reset();
            }}
          />
        </label>
        <label className="field">
          <span>{t('boundaries.codeProperty')}</span>
          <input value={codeProperty} onChange={(e) => setCodeProperty(e.target.value)} maxLength={60} />
        </label>
        <label className="field">
          <span>{t('boundaries.sourceLabel')}</span>
          <input value={source} onChange={(e) => setSource(e.target.value)} maxLength={500} />
        </label>
        <label className="field">
          <span>{t('boundaries.licenceLabel')}</span>
          <textarea rows={4} value={licence} onChange={(e) => setLicence(e.target.value)} />
        </label>
        <div className="form__actions">
          <button type="button" className="button button--secondary" disabled={(!file && !url.trim()) || busy} onClick={() => void run(true)}>
            {t('boundaries.check')}
          </button>
          <button type="button" className="button" disabled={!checked || busy || !licence.trim()} onClick={() => void run(false)}>
            {t('boundaries.import')}
          </button>
        </div>
        {checked && !licence.trim() && <p className="muted">{t('boundaries.licenceNeeded')}</p>}
      </form>

      {progress && (
        <JobProgress
          progress={progress}
          uploadingLabel={t('boundaries.uploading')}
          phaseLabel={(p) => (
            <>
              {t(`boundaries.phase.${p.phase}`, { defaultValue: p.phase })} ({formatNumber(p.done)} / {formatNumber(p.total)})
            </>
          )}
        />
      )}
      {error && (
        <p className="form__error" role="alert">
          {error}
        </p>
      )}
      {report && <ReportView report={report} />}
    </section>
  );
}

function ReportView({ report }: { report: BoundaryImportReport }) {
  const { t } = useTranslation();
  const problems = [...report.fileProblems, ...report.unmatched, ...report.wrongLevel, ...report.invalid];
  const count = (key: string, value: number) => ({ key, label: t(`boundaries.${key}`), value: formatNumber(value) });
  return (
    <JobReport<Finding>
      title={t('boundaries.report')}
      status={importable(report) ? 'ok' : 'problem'}
      message={report.message}
      counts={[
        count('features', report.features),
        count('matched', report.matched),
        count('unmatched', report.counts.unmatched),
        count('wrongLevel', report.counts.wrongLevel),
        count('invalid', report.counts.invalid),
        count('repaired', report.counts.repaired),
        count('missing', report.counts.missing),
      ]}
      problems={[
        {
          key: 'problems',
          title: t('boundaries.problems'),
          rows: problems,
          rowKey: (_, i) => i,
          columns: [
            { key: 'feature', header: t('boundaries.feature'), cell: (p) => p.feature ?? '–' },
            { key: 'code', header: t('boundaries.code'), cell: (p) => p.code ?? '–' },
            { key: 'problem', header: t('boundaries.problem'), cell: (p) => p.message },
          ],
        },
      ]}
    >
      {report.warnings.length > 0 && (
        <details>
          <summary>{t('boundaries.warnings', { count: report.counts.warnings })}</summary>
          <ul>
            {report.warnings.map((w, i) => (
              <li key={i}>
                {w.code ?? '–'}: {w.message}
              </li>
            ))}
          </ul>
        </details>
      )}
      {report.missing.length > 0 && (
        <details>
          <summary>{t('boundaries.missingList', { count: report.counts.missing })}</summary>
          <ul>
            {report.missing.map((m) => (
              <li key={m.code}>
                {m.code} {m.name}
              </li>
            ))}
          </ul>
        </details>
      )}
    </JobReport>
  );
}
