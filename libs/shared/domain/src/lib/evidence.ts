/**
 * Evidence on an activity (photos, attendance lists, reports): what may be attached. The API enforces these and
 * the web app checks them before sending, so nobody waits for an upload that is refused at the end. The size cap
 * is the installation's EVIDENCE_MAX_MB and reaches the web app through the API, not from here.
 */
export enum EvidenceContentType {
  JPEG = 'image/jpeg',
  PNG = 'image/png',
  WEBP = 'image/webp',
  PDF = 'application/pdf',
}

/** The file name extensions each type is saved under; the first is the one added when a name lacks it. */
export const EVIDENCE_EXTENSIONS: Readonly<Record<EvidenceContentType, readonly string[]>> = {
  [EvidenceContentType.JPEG]: ['jpg', 'jpeg'],
  [EvidenceContentType.PNG]: ['png'],
  [EvidenceContentType.WEBP]: ['webp'],
  [EvidenceContentType.PDF]: ['pdf'],
};

export const EVIDENCE_LIMITS = {
  /** Files on one activity, from all its organisers together. */
  perActivityMax: 30,
  /** Characters kept of a file name (the extension is kept, the stem shortened). */
  fileNameMax: 200,
  /** Thumbnails fit in a square of this many pixels. */
  thumbnailPixels: 320,
} as const;

export function isEvidenceImage(contentType: string): boolean {
  return contentType === EvidenceContentType.JPEG || contentType === EvidenceContentType.PNG || contentType === EvidenceContentType.WEBP;
}
