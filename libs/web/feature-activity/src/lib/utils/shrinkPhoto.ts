const LONG_SIDE = 2560;
const WORTH_SHRINKING = 1.5 * 1024 * 1024;

/**
 * A phone photo made smaller on the device before it is uploaded: at most 2560 px on the long side, JPEG at 85%.
 * Only photos (JPEG/WebP) above 1.5 MB; PNG stays as it is (often a scan or screenshot whose text must stay
 * sharp), as does anything the browser cannot decode or that would not get smaller.
 */
export async function shrinkPhoto(file: File): Promise<File> {
  if ((file.type !== 'image/jpeg' && file.type !== 'image/webp') || file.size < WORTH_SHRINKING || typeof createImageBitmap !== 'function') return file;
  try {
    // imageOrientation 'from-image' keeps a portrait photo upright (EXIF rotation is applied before drawing).
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    const scale = Math.min(1, LONG_SIDE / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
    if (!blob || blob.size >= file.size) return file;
    return new File([blob], file.name.replace(/\.(webp|jpe?g)$/i, '') + '.jpg', { type: 'image/jpeg', lastModified: file.lastModified });
  } catch {
    return file;
  }
}
