import { EVIDENCE_EXTENSIONS, EVIDENCE_LIMITS, EvidenceContentType, at } from '@jangkau/shared-domain';

/** Bytes the sniffer needs to decide: the WebP signature ends at offset 12. */
export const SNIFF_BYTES = 12;

/**
 * What the file is, from its first bytes only: the client's Content-Type and the name's extension are the
 * uploader's claim and are never trusted (an HTML page renamed .jpg would otherwise be served back as a page).
 * Null: not one of the allowed types.
 */
export function sniffContentType(head: Uint8Array): EvidenceContentType | null {
  const starts = (offset: number, bytes: number[]) => head.length >= offset + bytes.length && bytes.every((b, i) => head[offset + i] === b);
  const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
  if (starts(0, [0xff, 0xd8, 0xff])) return EvidenceContentType.JPEG;
  if (starts(0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return EvidenceContentType.PNG;
  if (starts(0, ascii('RIFF')) && starts(8, ascii('WEBP'))) return EvidenceContentType.WEBP;
  // Strict: the signature at the very start. Readers tolerate junk before it, which is how PDF polyglots are made.
  if (starts(0, ascii('%PDF-'))) return EvidenceContentType.PDF;
  return null;
}

const ALL_EXTENSIONS = new Set(Object.values(EVIDENCE_EXTENSIONS).flat());

/**
 * The name the file is stored and offered under: the uploader's name, cleaned, with an extension that matches
 * what the content really is (a PNG sent as "foto.jpg" becomes "foto.png"; "laporan.exe" that is a PDF becomes
 * "laporan.exe.pdf"), so whoever saves it opens it with the right program.
 */
export function evidenceFileName(given: string | undefined, type: EvidenceContentType): string {
  let name = (given ?? '')
    .normalize('NFC')
    // Old browsers send a full path (C:\fakepath\foto.jpg).
    .replace(/^.*[\\/]/, '')
    // Control characters, characters file systems refuse, and bidirectional overrides ("foto\u202Egpj.exe" reads
    // as "fotoexe.jpg").
    // eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
    .replace(/[\u0000-\u001f\u007f-\u009f"*:<>?|\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    // No hidden files.
    .replace(/^\.+/, '')
    .trim();
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1) : '';
  const allowed = EVIDENCE_EXTENSIONS[type];
  let stem = dot > 0 ? name.slice(0, dot) : name;
  let suffix = at(allowed, 0, 'allowed extension');
  if (allowed.includes(extension.toLowerCase())) suffix = extension;
  else if (!ALL_EXTENSIONS.has(extension.toLowerCase())) stem = name;
  stem = stem.replace(/[. ]+$/, '');
  if (!stem) stem = 'bukti';
  // Counted in code points, so a name is never cut inside a character.
  const room = EVIDENCE_LIMITS.fileNameMax - suffix.length - 1;
  name = [...stem].slice(0, room).join('').trimEnd();
  return `${name}.${suffix}`;
}
