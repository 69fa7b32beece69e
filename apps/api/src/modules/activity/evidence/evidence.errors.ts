import { assertUnreachable, DomainError, ErrorKind } from '../../../common/errors/domain-error';
import { format, Language } from '../../../common/i18n/language';
import { STATUS_ID } from '../activity.errors';

export enum EvidenceErrorCode {
  NOT_FOUND = 'EVIDENCE_NOT_FOUND',
  THUMBNAIL_NOT_FOUND = 'EVIDENCE_THUMBNAIL_NOT_FOUND',
  UPLOAD_INVALID = 'EVIDENCE_UPLOAD_INVALID',
  EMPTY = 'EVIDENCE_EMPTY',
  TOO_LARGE = 'EVIDENCE_TOO_LARGE',
  TYPE_NOT_ALLOWED = 'EVIDENCE_TYPE_NOT_ALLOWED',
  IMAGE_UNREADABLE = 'EVIDENCE_IMAGE_UNREADABLE',
  TOO_MANY = 'EVIDENCE_TOO_MANY',
  ACTIVITY_LOCKED = 'EVIDENCE_ACTIVITY_LOCKED',
  NOT_ORGANISER = 'EVIDENCE_NOT_ORGANISER',
  INVITATION_NOT_ACCEPTED = 'EVIDENCE_INVITATION_NOT_ACCEPTED',
  NOT_OWN = 'EVIDENCE_NOT_OWN',
  FILE_MISSING = 'EVIDENCE_FILE_MISSING',
  STORAGE_FAILED = 'EVIDENCE_STORAGE_FAILED',
}

const KIND: Record<EvidenceErrorCode, ErrorKind> = {
  [EvidenceErrorCode.NOT_FOUND]: 'NOT_FOUND',
  [EvidenceErrorCode.THUMBNAIL_NOT_FOUND]: 'NOT_FOUND',
  [EvidenceErrorCode.UPLOAD_INVALID]: 'BAD_USER_INPUT',
  [EvidenceErrorCode.EMPTY]: 'BAD_USER_INPUT',
  [EvidenceErrorCode.TOO_LARGE]: 'BAD_USER_INPUT',
  [EvidenceErrorCode.TYPE_NOT_ALLOWED]: 'BAD_USER_INPUT',
  [EvidenceErrorCode.IMAGE_UNREADABLE]: 'BAD_USER_INPUT',
  [EvidenceErrorCode.TOO_MANY]: 'CONFLICT',
  [EvidenceErrorCode.ACTIVITY_LOCKED]: 'CONFLICT',
  [EvidenceErrorCode.NOT_ORGANISER]: 'FORBIDDEN',
  [EvidenceErrorCode.INVITATION_NOT_ACCEPTED]: 'FORBIDDEN',
  [EvidenceErrorCode.NOT_OWN]: 'FORBIDDEN',
  [EvidenceErrorCode.FILE_MISSING]: 'INTERNAL_SERVER_ERROR',
  [EvidenceErrorCode.STORAGE_FAILED]: 'INTERNAL_SERVER_ERROR',
};

/** Where HTTP has a more precise word than the kind's usual status. */
const HTTP_STATUS: Partial<Record<EvidenceErrorCode, number>> = {
  [EvidenceErrorCode.TOO_LARGE]: 413,
  [EvidenceErrorCode.TYPE_NOT_ALLOWED]: 415,
  [EvidenceErrorCode.IMAGE_UNREADABLE]: 422,
  [EvidenceErrorCode.STORAGE_FAILED]: 507,
};

export class EvidenceError extends DomainError<EvidenceErrorCode> {
  get kind() {
    return KIND[this.code];
  }

  override get httpStatus() {
    return HTTP_STATUS[this.code];
  }

  localize(language: Language): string {
    const en = language === 'en';
    const status = String(this.params.status ?? '');
    const params = { ...this.params, statusName: en ? status.toLowerCase() : (STATUS_ID[status] ?? status) };
    const t = (id: string, english: string) => format(en ? english : id, params);
    switch (this.code) {
      case EvidenceErrorCode.NOT_FOUND:
        return t('Bukti tidak ditemukan.', 'Evidence not found.');
      case EvidenceErrorCode.THUMBNAIL_NOT_FOUND:
        return t('Bukti ini tidak memiliki gambar mini.', 'This evidence has no thumbnail.');
      case EvidenceErrorCode.UPLOAD_INVALID:
        return t(
          'Unggahan tidak sah: kirim tepat satu berkas pada kolom "file" sebagai multipart/form-data.',
          'Invalid upload: send exactly one file in the "file" field as multipart/form-data.',
        );
      case EvidenceErrorCode.EMPTY:
        return t('Berkas kosong (0 bita).', 'The file is empty (0 bytes).');
      case EvidenceErrorCode.TOO_LARGE:
        return t('Berkas terlalu besar: paling besar {maxMb} MB.', 'The file is too large: at most {maxMb} MB.');
      case EvidenceErrorCode.TYPE_NOT_ALLOWED:
        return t(
          'Jenis berkas tidak diizinkan. Unggah foto (JPEG, PNG, WebP) atau PDF.',
          'This type of file is not allowed. Upload a photo (JPEG, PNG, WebP) or a PDF.',
        );
      case EvidenceErrorCode.IMAGE_UNREADABLE:
        return t('Gambar tidak dapat dibaca; berkasnya mungkin rusak. Coba simpan ulang lalu unggah lagi.', 'The image cannot be read; the file may be damaged. Save it again, then upload it again.');
      case EvidenceErrorCode.TOO_MANY:
        return t('Kegiatan ini sudah memiliki {max} bukti, batas terbanyak. Hapus yang tidak perlu terlebih dahulu.', 'This activity already has {max} files of evidence, the most allowed. Remove one first.');
      case EvidenceErrorCode.ACTIVITY_LOCKED:
        return t('Bukti pada kegiatan berstatus {statusName} tidak dapat ditambah atau dihapus.', 'Evidence of an activity that is {statusName} cannot be added or removed.');
      case EvidenceErrorCode.NOT_ORGANISER:
        return t(
          'Hanya penyelenggara kegiatan ini (instansi utama atau penyelenggara bersama yang telah menerima undangan) yang dapat menambahkan bukti.',
          'Only the organisers of this activity (the lead agency or a co-organiser that accepted) can add evidence.',
        );
      case EvidenceErrorCode.INVITATION_NOT_ACCEPTED:
        return t('Terima undangan sebagai penyelenggara bersama terlebih dahulu untuk menambahkan bukti.', 'Accept the invitation to co-organise first, then add evidence.');
      case EvidenceErrorCode.NOT_OWN:
        return t('Hanya instansi yang menambahkan bukti ini yang dapat menghapusnya.', 'Only the agency that added this evidence can remove it.');
      case EvidenceErrorCode.FILE_MISSING:
        return t('Berkas bukti ini tidak ada di penyimpanan server. Hubungi administrator.', 'The file of this evidence is missing from the server’s storage. Contact the administrator.');
      case EvidenceErrorCode.STORAGE_FAILED:
        return t(
          'Berkas tidak dapat disimpan di server (penyimpanan penuh atau tidak dapat ditulis). Coba lagi nanti atau hubungi administrator.',
          'The file could not be stored on the server (storage full or not writable). Try again later or contact the administrator.',
        );
      default:
        return assertUnreachable(this.code);
    }
  }
}
