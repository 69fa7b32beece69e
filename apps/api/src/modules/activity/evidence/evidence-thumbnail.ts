import { EVIDENCE_LIMITS, EvidenceContentType } from '@jangkau/shared-domain';
import { writeFile } from 'node:fs/promises';
import sharp from 'sharp';

// A 2-core server shared with the API and PostgreSQL: one libvips thread per image, and no cache (each upload is
// read once). Concurrent uploads are still bounded by libuv's thread pool.
sharp.concurrency(1);
sharp.cache(false);

const FORMAT: Partial<Record<EvidenceContentType, string>> = {
  [EvidenceContentType.JPEG]: 'jpeg',
  [EvidenceContentType.PNG]: 'png',
  [EvidenceContentType.WEBP]: 'webp',
};

/** Thumbnails are WebP: a third of a JPEG's size at this scale, transparency kept, shown by every current browser. */
export const THUMBNAIL_CONTENT_TYPE = 'image/webp';

/**
 * Writes a thumbnail of the image at `source` (at most 320 px on its longer side, turned upright by its EXIF
 * orientation, metadata such as the GPS position left out) to `target`. Decoding the whole image is also the proof
 * that it is one: a file that merely starts with image bytes (a polyglot, a truncated upload) fails here, and the
 * answer is false. A failure to write the thumbnail is the server's problem, and throws.
 */
export async function writeThumbnail(source: string, target: string, contentType: EvidenceContentType): Promise<boolean> {
  let thumbnail: Buffer;
  try {
    // failOn 'error': phone cameras write JPEGs with harmless warnings (odd markers); a truncated or broken one fails.
    // sharp's default limitInputPixels (~268 megapixels) refuses decompression bombs.
    const image = sharp(source, { failOn: 'error' });
    const { format } = await image.metadata();
    if (format !== FORMAT[contentType]) return false;
    const size = EVIDENCE_LIMITS.thumbnailPixels;
    thumbnail = await image.rotate().resize(size, size, { fit: 'inside', withoutEnlargement: true }).webp({ quality: 70 }).toBuffer();
  } catch {
    return false;
  }
  await writeFile(target, thumbnail, { flag: 'wx', flush: true });
  return true;
}
