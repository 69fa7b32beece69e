import { defineDomainErrors, ErrorTable } from '../../../common/errors/error-table';
import { statusName } from '../activity.errors';

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
  KEY_INVALID = 'EVIDENCE_KEY_INVALID',
  KEY_REUSED = 'EVIDENCE_KEY_REUSED',
}

/** `httpStatus` where HTTP has a more precise word than the kind's usual status. */
const EVIDENCE_ERRORS: ErrorTable<EvidenceErrorCode> = {
  [EvidenceErrorCode.NOT_FOUND]: { kind: 'NOT_FOUND', id: 'Bukti tidak ditemukan.', en: 'Evidence not found.' },
  [EvidenceErrorCode.THUMBNAIL_NOT_FOUND]: { kind: 'NOT_FOUND', id: 'Bukti ini tidak memiliki gambar mini.', en: 'This evidence has no thumbnail.' },
  [EvidenceErrorCode.UPLOAD_INVALID]: {
    kind: 'BAD_USER_INPUT',
    id: 'Unggahan tidak sah: kirim tepat satu berkas pada kolom "file" sebagai multipart/form-data.',
    en: 'Invalid upload: send exactly one file in the "file" field as multipart/form-data.',
  },
  [EvidenceErrorCode.EMPTY]: { kind: 'BAD_USER_INPUT', id: 'Berkas kosong (0 bita).', en: 'The file is empty (0 bytes).' },
  [EvidenceErrorCode.TOO_LARGE]: {
    kind: 'BAD_USER_INPUT',
    httpStatus: 413,
    id: 'Berkas terlalu besar: paling besar {maxMb} MB.',
    en: 'The file is too large: at most {maxMb} MB.',
  },
  [EvidenceErrorCode.TYPE_NOT_ALLOWED]: {
    kind: 'BAD_USER_INPUT',
    httpStatus: 415,
    id: 'Jenis berkas tidak diizinkan. Unggah foto (JPEG, PNG, WebP) atau PDF.',
    en: 'This type of file is not allowed. Upload a photo (JPEG, PNG, WebP) or a PDF.',
  },
  [EvidenceErrorCode.IMAGE_UNREADABLE]: {
    kind: 'BAD_USER_INPUT',
    httpStatus: 422,
    id: 'Gambar tidak dapat dibaca; berkasnya mungkin rusak. Coba simpan ulang lalu unggah lagi.',
    en: 'The image cannot be read; the file may be damaged. Save it again, then upload it again.',
  },
  [EvidenceErrorCode.TOO_MANY]: {
    kind: 'CONFLICT',
    id: 'Kegiatan ini sudah memiliki {max} bukti, batas terbanyak. Hapus yang tidak perlu terlebih dahulu.',
    en: 'This activity already has {max} files of evidence, the most allowed. Remove one first.',
  },
  [EvidenceErrorCode.ACTIVITY_LOCKED]: {
    kind: 'CONFLICT',
    id: 'Bukti pada kegiatan berstatus {statusName} tidak dapat ditambah atau dihapus.',
    en: 'Evidence of an activity that is {statusName} cannot be added or removed.',
  },
  [EvidenceErrorCode.NOT_ORGANISER]: {
    kind: 'FORBIDDEN',
    id: 'Hanya penyelenggara kegiatan ini (instansi utama atau penyelenggara bersama yang telah menerima undangan) yang dapat menambahkan bukti.',
    en: 'Only the organisers of this activity (the lead agency or a co-organiser that accepted) can add evidence.',
  },
  [EvidenceErrorCode.INVITATION_NOT_ACCEPTED]: {
    kind: 'FORBIDDEN',
    id: 'Terima undangan sebagai penyelenggara bersama terlebih dahulu untuk menambahkan bukti.',
    en: 'Accept the invitation to co-organise first, then add evidence.',
  },
  [EvidenceErrorCode.NOT_OWN]: {
    kind: 'FORBIDDEN',
    id: 'Hanya instansi yang menambahkan bukti ini yang dapat menghapusnya.',
    en: 'Only the agency that added this evidence can remove it.',
  },
  [EvidenceErrorCode.FILE_MISSING]: {
    kind: 'INTERNAL_SERVER_ERROR',
    id: 'Berkas bukti ini tidak ada di penyimpanan server. Hubungi administrator.',
    en: 'The file of this evidence is missing from the server’s storage. Contact the administrator.',
  },
  [EvidenceErrorCode.STORAGE_FAILED]: {
    kind: 'INTERNAL_SERVER_ERROR',
    httpStatus: 507,
    id: 'Berkas tidak dapat disimpan di server (penyimpanan penuh atau tidak dapat ditulis). Coba lagi nanti atau hubungi administrator.',
    en: 'The file could not be stored on the server (storage full or not writable). Try again later or contact the administrator.',
  },
  [EvidenceErrorCode.KEY_INVALID]: {
    kind: 'BAD_USER_INPUT',
    id: 'Kunci unggahan (Idempotency-Key) harus berupa UUID.',
    en: 'The upload key (Idempotency-Key) must be a UUID.',
  },
  [EvidenceErrorCode.KEY_REUSED]: {
    kind: 'CONFLICT',
    id: 'Kunci unggahan ini sudah dipakai untuk berkas lain. Unggah berkas baru dengan kunci baru.',
    en: 'This upload key was already used for another file. Upload a new file with a new key.',
  },
};

export class EvidenceError extends defineDomainErrors(EVIDENCE_ERRORS, {
  params: (params, language) => ({ ...params, statusName: statusName(params.status, language) }),
}) {}
