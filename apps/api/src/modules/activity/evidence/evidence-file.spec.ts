import { EvidenceContentType } from '@jangkau/shared-domain';
import { evidenceFileName, sniffContentType } from './evidence-file';

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('sniffContentType', () => {
  it('knows JPEG, PNG, WebP and PDF by their first bytes', () => {
    expect(sniffContentType(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF'))).toBe(EvidenceContentType.JPEG);
    expect(sniffContentType(bytes([0x89], 'PNG\r\n\x1a\n', [0, 0, 0, 13]))).toBe(EvidenceContentType.PNG);
    expect(sniffContentType(bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '))).toBe(EvidenceContentType.WEBP);
    expect(sniffContentType(bytes('%PDF-1.7\n'))).toBe(EvidenceContentType.PDF);
  });

  it('refuses everything else, whatever the file was called', () => {
    expect(sniffContentType(bytes('<!doctype html><script>alert(1)</script>'))).toBeNull();
    expect(sniffContentType(bytes('MZ', [0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0]))).toBeNull();
    expect(sniffContentType(bytes('GIF89a', [1, 0, 1, 0, 0, 0]))).toBeNull();
    expect(sniffContentType(bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt '))).toBeNull();
    expect(sniffContentType(bytes('PK', [3, 4, 20, 0, 6, 0, 8, 0, 0, 0]))).toBeNull();
    // A PDF signature after other bytes is how polyglots are made.
    expect(sniffContentType(bytes('<html>%PDF-1.7'))).toBeNull();
  });

  it('decides nothing from too few bytes', () => {
    expect(sniffContentType(bytes([0xff, 0xd8]))).toBeNull();
    expect(sniffContentType(bytes('RIFF', [0, 0, 0, 0], 'WEB'))).toBeNull();
    expect(sniffContentType(new Uint8Array())).toBeNull();
  });
});

describe('evidenceFileName', () => {
  it('keeps a name whose extension matches the content', () => {
    expect(evidenceFileName('Daftar Hadir 16 Juni.pdf', EvidenceContentType.PDF)).toBe('Daftar Hadir 16 Juni.pdf');
    expect(evidenceFileName('IMG_1234.JPG', EvidenceContentType.JPEG)).toBe('IMG_1234.JPG');
    expect(evidenceFileName('foto.jpeg', EvidenceContentType.JPEG)).toBe('foto.jpeg');
  });

  it('gives the extension of what the content really is', () => {
    expect(evidenceFileName('foto.jpg', EvidenceContentType.PNG)).toBe('foto.png');
    expect(evidenceFileName('laporan.exe', EvidenceContentType.PDF)).toBe('laporan.exe.pdf');
    expect(evidenceFileName('laporan akhir', EvidenceContentType.PDF)).toBe('laporan akhir.pdf');
    expect(evidenceFileName('rapat.2025', EvidenceContentType.WEBP)).toBe('rapat.2025.webp');
  });

  it('drops paths, control characters, direction overrides and leading dots', () => {
    expect(evidenceFileName('C:\\fakepath\\foto.jpg', EvidenceContentType.JPEG)).toBe('foto.jpg');
    expect(evidenceFileName('../../etc/passwd', EvidenceContentType.PDF)).toBe('passwd.pdf');
    expect(evidenceFileName('foto\u202egpj.exe', EvidenceContentType.JPEG)).toBe('fotogpj.exe.jpg');
    expect(evidenceFileName('a\r\nb"c.pdf', EvidenceContentType.PDF)).toBe('abc.pdf');
    expect(evidenceFileName('.htaccess', EvidenceContentType.PDF)).toBe('htaccess.pdf');
  });

  it('names a nameless file, and shortens a long one without cutting a character', () => {
    expect(evidenceFileName(undefined, EvidenceContentType.JPEG)).toBe('bukti.jpg');
    expect(evidenceFileName('   .pdf', EvidenceContentType.PDF)).toBe('pdf.pdf');
    const long = evidenceFileName(`${'🙂'.repeat(300)}.png`, EvidenceContentType.PNG);
    expect([...long].length).toBe(200);
    expect(long.endsWith('🙂.png')).toBe(true);
  });
});
