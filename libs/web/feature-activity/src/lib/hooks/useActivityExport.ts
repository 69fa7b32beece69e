import { useRef, useState } from 'react';
import { restErrorMessage, useSession, type ActivityFilter } from '@jangkau/web-data-access';
import { useTranslation } from '@jangkau/web-i18n';
import { saveBlob } from '@jangkau/web-ui';
import { exportQuery } from '../utils/exportQuery';

export type ExportFormat = 'xlsx' | 'csv';

export interface ExportProgress {
  format: ExportFormat;
  loaded: number;
  /** From Content-Length, or the server's estimate (the file streams, its length is known only at the end). */
  total: number | null;
  estimated: boolean;
}

/**
 * Downloads the activity list with the given filter as a file, with progress and a way to cancel: the server
 * streams the rows, the browser counts bytes against the server's estimated length.
 */
export function useActivityExport(filter: ActivityFilter) {
  const { t } = useTranslation();
  const { request } = useSession();
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);
  const abort = useRef<AbortController | null>(null);

  const start = async (format: ExportFormat) => {
    if (abort.current) return;
    const controller = new AbortController();
    abort.current = controller;
    setMessage(null);
    setProgress({ format, loaded: 0, total: null, estimated: false });
    const query = exportQuery(filter);
    try {
      const response = await request({
        method: 'GET',
        path: `/api/activities/export.${format}${query ? `?${query}` : ''}`,
        responseType: 'blob',
        signal: controller.signal,
        onDownloadProgress: (p) => setProgress({ format, ...p }),
      });
      if (controller.signal.aborted) return setMessage({ kind: 'info', text: t('activity.export.cancelled') });
      if (!response.blob) return setMessage({ kind: 'error', text: restErrorMessage(response, t) });
      const name = `daftar-kegiatan-${new Date().toISOString().slice(0, 10)}.${format}`;
      saveBlob(response.blob, name);
      setMessage({ kind: 'info', text: t('activity.export.done', { name }) });
    } finally {
      abort.current = null;
      setProgress(null);
    }
  };

  return { start, cancel: () => abort.current?.abort(), progress, message };
}
