import { useRef, useState } from 'react';
import type { ChoroplethMapHandle } from '@jangkau/web-maps';
import { saveBlob } from '@jangkau/web-ui';

type ExportOptions = Parameters<ChoroplethMapHandle['exportPng']>[0];

/** "Save as image": the drawn map as a PNG with a title and the legend, saved under `fileName`. */
export function useMapExport() {
  const mapRef = useRef<ChoroplethMapHandle>(null);
  const [exporting, setExporting] = useState<'idle' | 'busy' | 'failed'>('idle');

  const exportPng = async (options: ExportOptions, fileName: string) => {
    if (!mapRef.current) return;
    setExporting('busy');
    try {
      const blob = await mapRef.current.exportPng(options);
      saveBlob(blob, fileName);
      setExporting('idle');
    } catch {
      setExporting('failed');
    }
  };

  return { mapRef, exporting, exportPng };
}
