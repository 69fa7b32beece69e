import { useState } from 'react';
import { restErrorMessage, useSession, type ReportInput } from '@jangkau/web-data-access';
import { currentLanguage, useTranslation } from '@jangkau/web-i18n';
import { saveBlob } from '@jangkau/web-ui';

const FORMATS = ['xlsx', 'csv', 'pdf'] as const;
type Format = (typeof FORMATS)[number];
type Separator = 'semicolon' | 'comma';
const SEPARATOR_KEY = 'jangkau.csvSeparator';

/** The CSV separator this device chose last; else `;` for Indonesian (Excel set to Indonesian opens it in columns). */
function rememberedSeparator(): Separator {
  try {
    const kept = localStorage.getItem(SEPARATOR_KEY);
    if (kept === 'semicolon' || kept === 'comma') return kept;
  } catch {
    // Storage refused (private mode): the language's default.
  }
  return currentLanguage() === 'en' ? 'comma' : 'semicolon';
}

/**
 * XLSX / CSV / PDF of the report on screen, made by the API (POST /api/reports/export.<format> with { input }, or
 * GET /api/reports/saved/:id/export.<format> for a saved report, evaluated with the caller's rights).
 */
export function ExportButtons({ source, fileName }: { source: { input: ReportInput } | { savedId: string }; fileName: string }) {
  const { t } = useTranslation();
  const { request } = useSession();
  const [busy, setBusy] = useState<Format | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [separator, setSeparator] = useState<Separator>(rememberedSeparator);
  const chooseSeparator = (value: Separator) => {
    setSeparator(value);
    try {
      localStorage.setItem(SEPARATOR_KEY, value);
    } catch {
      // Not kept: still used for this download.
    }
  };

  const download = async (format: Format) => {
    setBusy(format);
    setMessage(null);
    const csv = format === 'csv';
    const response =
      'savedId' in source
        ? await request({
            method: 'GET',
            path: `/api/reports/saved/${encodeURIComponent(source.savedId)}/export.${format}${csv ? `?separator=${separator}` : ''}`,
            responseType: 'blob',
          })
        : await request({ method: 'POST', path: `/api/reports/export.${format}`, json: csv ? { input: source.input, separator } : { input: source.input }, responseType: 'blob' });
    setBusy(null);
    // The server's name carries report, scope and period (rekap-sosialisasi_jambi_2025-Q4.xlsx).
    if (response.blob) return saveBlob(response.blob, response.fileName ?? `${fileName}.${format}`);
    // 404 before the export routes exist (or for a saved report that is gone): say so rather than fail silently.
    setMessage(restErrorMessage(response, t, { notFound: t('report.export.unavailable'), fallback: t('report.export.failed') }));
  };

  return (
    <div className="report-export" role="group" aria-label={t('report.export.label')}>
      {FORMATS.map((format) => (
        <button key={format} type="button" className="button button--secondary" disabled={busy !== null} onClick={() => void download(format)}>
          {busy === format ? t('report.export.busy') : t(`report.export.${format}`)}
        </button>
      ))}
      <label className="field report-export__separator">
        <span>{t('report.export.separator')}</span>
        <select value={separator} onChange={(e) => chooseSeparator(e.target.value as Separator)}>
          <option value="semicolon">{t('report.export.semicolon')}</option>
          <option value="comma">{t('report.export.comma')}</option>
        </select>
      </label>
      {message && (
        <p className="form__error" role="alert">
          {message}
        </p>
      )}
    </div>
  );
}
