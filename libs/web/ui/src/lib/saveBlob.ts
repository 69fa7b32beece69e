/**
 * Hands a blob to the browser under its file name (or opens it in a new tab), then lets the object URL go once the
 * browser has had time to read it. Downloads come through the API with the person's token, and exports are made in
 * the page, so neither can be a plain link.
 */
export function saveBlob(blob: Blob, fileName: string, options: { newTab?: boolean } = {}): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  if (options.newTab) {
    link.target = '_blank';
    link.rel = 'noopener';
  }
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
