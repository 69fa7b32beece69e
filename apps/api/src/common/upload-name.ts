/**
 * An uploaded file's name as the person named it, for reports and records only (never used as a path). multer
 * hands the name over as Latin-1 while browsers send UTF-8; control characters are dropped, 200 characters kept.
 */
export function uploadedFileName(originalname: string | undefined, fallback = ''): string {
  const name = Buffer.from(originalname ?? '', 'latin1').toString('utf8');
  return (name.includes('\uFFFD') ? (originalname ?? '') : name).replace(/\p{Cc}/gu, '').slice(0, 200) || fallback;
}
