import { useRef } from 'react';
import type { ActivityFilter } from '@jangkau/web-data-access';
import { formatNumber, useTranslation } from '@jangkau/web-i18n';
import { useActivityExport, type ExportFormat, type ExportProgress } from '../hooks/useActivityExport';

const FORMATS: ExportFormat[] = ['xlsx', 'csv'];

/** "Unduh": the list with its current filters as Excel or CSV, with a progress bar and a cancel button. */
export function ExportMenu({ filter }: { filter: ActivityFilter }) {
  const { t } = useTranslation();
  const { start, cancel, progress, message } = useActivityExport(filter);
  const menu = useRef<HTMLDetailsElement>(null);

  const choose = (format: ExportFormat) => {
    if (menu.current) menu.current.open = false;
    void start(format);
  };

  return (
    <div className="export-menu">
      <details ref={menu} className="export-menu__details">
        <summary className="button button--secondary" aria-label={t('activity.export.menuLabel')} aria-disabled={progress ? true : undefined}>
          {t('activity.export.menu')}
        </summary>
        <ul className="export-menu__list">
          {FORMATS.map((format) => (
            <li key={format}>
              <button type="button" className="link-button" disabled={!!progress} onClick={() => choose(format)}>
                {t(`activity.export.${format}`)}
              </button>
            </li>
          ))}
        </ul>
      </details>
      {progress && (
        <div className="import-progress" role="status" aria-live="polite">
          <ProgressLine progress={progress} />{' '}
          <button type="button" className="link-button" onClick={cancel}>
            {t('activity.export.cancel')}
          </button>
        </div>
      )}
      {message && !progress && (
        <p className={message.kind === 'error' ? 'form__error' : 'export-menu__note'} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
  );
}

function ProgressLine({ progress }: { progress: ExportProgress }) {
  const { t } = useTranslation();
  const size = (bytes: number) =>
    bytes < 1024 * 1024 ? `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB` : `${formatNumber(bytes / (1024 * 1024), { maximumFractionDigits: 1 })} MB`;
  if (progress.loaded === 0) return <span>{t('activity.export.preparing', { format: progress.format.toUpperCase() })}</span>;
  if (!progress.total) {
    return (
      <>
        <progress aria-label={t('activity.export.progressUnknown', { loaded: size(progress.loaded) })} />{' '}
        <span>{t('activity.export.progressUnknown', { loaded: size(progress.loaded) })}</span>
      </>
    );
  }
  // An estimate can be passed: the bar then stays just short of full until the file is complete.
  const fraction = Math.min(progress.loaded / progress.total, 0.99);
  const text = t(progress.estimated ? 'activity.export.progress' : 'activity.export.progressExact', {
    loaded: size(progress.loaded),
    total: size(progress.total),
    percent: formatNumber(Math.floor(fraction * 100)),
  });
  return (
    <>
      <progress max={1} value={fraction} aria-label={text} /> <span>{text}</span>
    </>
  );
}
