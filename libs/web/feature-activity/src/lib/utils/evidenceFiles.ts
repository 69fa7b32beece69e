import { EvidenceContentType } from '@jangkau/shared-domain';
import { formatNumber } from '@jangkau/web-i18n';

/** What a file picker for evidence accepts: the types the API stores. */
export const EVIDENCE_ACCEPT = Object.values(EvidenceContentType).join(',');

/** A file's size as people read it: "1.4 MB", "320 KB". */
export const formatFileSize = (bytes: number) => (bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(1)} MB` : `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB`);
