import { useState } from 'react';
import { apiErrorMessage, useSession, type ReportInput } from '@jangkau/web-data-access';
import { useTranslation } from '@jangkau/web-i18n';
import { saveBlob } from '@jangkau/web-ui';

const FORMATS = ['xlsx', 'csv', 'pdf'] as const;
type Format = (typeof FORMATS)[number];

/**
 * XLSX / CSV / PDF of the report on screen, made by the API (POST /api/reports/export.<format> with { input }, or
 * GET /api/reports/saved/:id/export.<format> for a saved report, evaluated with the caller's rights).
 */
export function ExportButtons({ source, fileName }: { source: { input: ReportInput } | { savedId: string }; fileName: string }) {
  const { t } = useTranslation();
  const { request } = useSession();
  const [busy, setBusy] = useState<Format | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const download = async (format: Format) => {
    setBusy(format);
    setMessage(null);
    const response =
      'savedId' in source
        ? await request({ method: 'GET', path: `/api/reports/saved/${encodeURIComponent(source.savedId)}/export.${format}`, responseType: 'blob' })
        : await request({ method: 'POST', path: `/api/reports/export.${format}`, json: { input: source.input }, responseType: 'blob' });
    setBusy(null);
    if (response.blob) return saveBlob(response.blob, `${fileName}.${format}`);
    // 404 before the export routes exist (or for a saved report that is gone): say so rather than fail silently.
    setMessage(
      response.status === 0 ? t('state.networkError') : response.status === 404 ? t('report.export.unavailable') : (apiErrorMessage(response) ?? t('report.export.failed')),
    );
  };

  return (
    <div className="report-export" role="group" aria-label={t('report.export.label')}>
      {FORMATS.map((format) => (
        <button key={format} type="button" className="button button--secondary" disabled={busy !== null} onClick={() => void download(format)}>
          {busy === format ? t('report.export.busy') : t(`report.export.${format}`)}
        </button>
      ))}
      {message && (
        <p className="form__error" role="alert">
          {message}
        </p>
      )}
    </div>
  );
}
