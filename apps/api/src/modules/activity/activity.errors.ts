import { assertUnreachable, DomainError, ErrorKind } from '../../common/errors/domain-error';
import { format, Language } from '../../common/i18n/language';

export enum ActivityErrorCode {
  NOT_FOUND = 'ACTIVITY_NOT_FOUND',
  ID_INVALID = 'ACTIVITY_ID_INVALID',
  ID_TAKEN = 'ACTIVITY_ID_TAKEN',
  TITLE_INVALID = 'ACTIVITY_TITLE_INVALID',
  DESCRIPTION_TOO_LONG = 'ACTIVITY_DESCRIPTION_TOO_LONG',
  VENUE_NAME_INVALID = 'ACTIVITY_VENUE_NAME_INVALID',
  VENUE_REGION_NOT_FOUND = 'ACTIVITY_VENUE_REGION_NOT_FOUND',
  END_BEFORE_START = 'ACTIVITY_END_BEFORE_START',
  DATE_OUT_OF_RANGE = 'ACTIVITY_DATE_OUT_OF_RANGE',
  TOO_LONG = 'ACTIVITY_TOO_LONG',
  PLANNED_IN_PAST = 'ACTIVITY_PLANNED_IN_PAST',
  NOT_HELD_YET = 'ACTIVITY_NOT_HELD_YET',
  VILLAGE_NOT_FOUND = 'ACTIVITY_VILLAGE_NOT_FOUND',
  NOT_A_VILLAGE = 'ACTIVITY_NOT_A_VILLAGE',
  TOO_MANY = 'ACTIVITY_TOO_MANY',
  PARTICIPANTS_INVALID = 'ACTIVITY_PARTICIPANTS_INVALID',
  DUPLICATE_CATEGORY = 'ACTIVITY_DUPLICATE_CATEGORY',
  TOPIC_NOT_FOUND = 'ACTIVITY_TOPIC_NOT_FOUND',
  PROGRAMME_ITEM_NOT_FOUND = 'ACTIVITY_PROGRAMME_ITEM_NOT_FOUND',
  AGENCY_NOT_FOUND = 'ACTIVITY_AGENCY_NOT_FOUND',
  LEAD_AS_CO_ORGANISER = 'ACTIVITY_LEAD_AS_CO_ORGANISER',
  CO_ORGANISER_HAS_CONTRIBUTIONS = 'ACTIVITY_CO_ORGANISER_HAS_CONTRIBUTIONS',
  NOT_INVITED = 'ACTIVITY_NOT_INVITED',
  REASON_INVALID = 'ACTIVITY_REASON_INVALID',
  WRONG_STATUS = 'ACTIVITY_WRONG_STATUS',
  NOT_PERMITTED = 'ACTIVITY_NOT_PERMITTED',
  VERSION_CONFLICT = 'ACTIVITY_VERSION_CONFLICT',
  FOLLOW_UP_NOT_FOUND = 'ACTIVITY_FOLLOW_UP_NOT_FOUND',
  FOLLOW_UP_TEXT_INVALID = 'ACTIVITY_FOLLOW_UP_TEXT_INVALID',
  FOLLOW_UP_DUE_INVALID = 'ACTIVITY_FOLLOW_UP_DUE_INVALID',
  FOLLOW_UP_VERSION_CONFLICT = 'ACTIVITY_FOLLOW_UP_VERSION_CONFLICT',
  FILTER_INVALID = 'ACTIVITY_FILTER_INVALID',
}

const KIND: Record<ActivityErrorCode, ErrorKind> = {
  [ActivityErrorCode.NOT_FOUND]: 'NOT_FOUND',
  [ActivityErrorCode.ID_INVALID]: 'BAD_USER_INPUT',
  [ActivityErrorCode.ID_TAKEN]: 'CONFLICT',
  [ActivityErrorCode.TITLE_INVALID]: 'BAD_USER_INPUT',
  [ActivityErrorCode.DESCRIPTION_TOO_LONG]: 'BAD_USER_INPUT',
  [ActivityErrorCode.VENUE_NAME_INVALID]: 'BAD_USER_INPUT',
  [ActivityErrorCode.VENUE_REGION_NOT_FOUND]: 'BAD_USER_INPUT',
  [ActivityErrorCode.END_BEFORE_START]: 'BAD_USER_INPUT',
  [ActivityErrorCode.DATE_OUT_OF_RANGE]: 'BAD_USER_INPUT',
  [ActivityErrorCode.TOO_LONG]: 'BAD_USER_INPUT',
  [ActivityErrorCode.PLANNED_IN_PAST]: 'BAD_USER_INPUT',
  [ActivityErrorCode.NOT_HELD_YET]: 'BAD_USER_INPUT',
  [ActivityErrorCode.VILLAGE_NOT_FOUND]: 'BAD_USER_INPUT',
  [ActivityErrorCode.NOT_A_VILLAGE]: 'BAD_USER_INPUT',
  [ActivityErrorCode.TOO_MANY]: 'BAD_USER_INPUT',
  [ActivityErrorCode.PARTICIPANTS_INVALID]: 'BAD_USER_INPUT',
  [ActivityErrorCode.DUPLICATE_CATEGORY]: 'BAD_USER_INPUT',
  [ActivityErrorCode.TOPIC_NOT_FOUND]: 'BAD_USER_INPUT',
  [ActivityErrorCode.PROGRAMME_ITEM_NOT_FOUND]: 'BAD_USER_INPUT',
  [ActivityErrorCode.AGENCY_NOT_FOUND]: 'BAD_USER_INPUT',
  [ActivityErrorCode.LEAD_AS_CO_ORGANISER]: 'BAD_USER_INPUT',
  [ActivityErrorCode.CO_ORGANISER_HAS_CONTRIBUTIONS]: 'CONFLICT',
  [ActivityErrorCode.NOT_INVITED]: 'FORBIDDEN',
  [ActivityErrorCode.REASON_INVALID]: 'BAD_USER_INPUT',
  [ActivityErrorCode.WRONG_STATUS]: 'CONFLICT',
  [ActivityErrorCode.NOT_PERMITTED]: 'FORBIDDEN',
  [ActivityErrorCode.VERSION_CONFLICT]: 'CONFLICT',
  [ActivityErrorCode.FOLLOW_UP_NOT_FOUND]: 'NOT_FOUND',
  [ActivityErrorCode.FOLLOW_UP_TEXT_INVALID]: 'BAD_USER_INPUT',
  [ActivityErrorCode.FOLLOW_UP_DUE_INVALID]: 'BAD_USER_INPUT',
  [ActivityErrorCode.FOLLOW_UP_VERSION_CONFLICT]: 'CONFLICT',
  [ActivityErrorCode.FILTER_INVALID]: 'BAD_USER_INPUT',
};

/** Status names as Indonesian users know them (messages of other activity domains use them too). */
export const STATUS_ID: Record<string, string> = {
  PLANNED: 'Direncanakan',
  DRAFT: 'Draf',
  SUBMITTED: 'Diajukan',
  VERIFIED: 'Terverifikasi',
  RETURNED: 'Dikembalikan',
};

const ACTION: Record<string, [string, string]> = {
  EDIT: ['diubah', 'be edited'],
  MARK_HELD: ['dicatat sebagai terlaksana', 'be marked as held'],
  SUBMIT: ['diajukan', 'be submitted'],
  VERIFY: ['diverifikasi', 'be verified'],
  RETURN: ['dikembalikan', 'be returned'],
  REOPEN: ['dibuka kembali', 'be reopened'],
  INVITE: ['diubah penyelenggaranya', 'have its co-organisers changed'],
  ANSWER_INVITATION: ['dijawab undangannya', 'have its invitation answered'],
  EDIT_OWN_PARTICIPANTS: ['diisi pesertanya', 'have participants added'],
  ADD_FOLLOW_UP: ['diberi tindak lanjut', 'get follow-ups'],
  ADD_EVIDENCE: ['diberi bukti', 'get evidence'],
};

export class ActivityError extends DomainError<ActivityErrorCode> {
  get kind() {
    return KIND[this.code];
  }

  localize(language: Language): string {
    const en = language === 'en';
    const action = ACTION[String(this.params.action)] ?? ['diproses', 'be processed'];
    const params = {
      ...this.params,
      statusName: en ? String(this.params.status ?? '').toLowerCase() : (STATUS_ID[String(this.params.status)] ?? String(this.params.status ?? '')),
      actionText: en ? action[1] : action[0],
    };
    const t = (id: string, english: string) => format(en ? english : id, params);
    switch (this.code) {
      case ActivityErrorCode.NOT_FOUND:
        return t('Kegiatan tidak ditemukan.', 'Activity not found.');
      case ActivityErrorCode.ID_INVALID:
        return t('ID kegiatan harus berupa UUID.', 'The activity id must be a UUID.');
      case ActivityErrorCode.ID_TAKEN:
        return t('ID kegiatan ini sudah dipakai untuk kegiatan lain.', 'This activity id is already used by another activity.');
      case ActivityErrorCode.TITLE_INVALID:
        return t('Judul wajib diisi, {min}–{max} karakter.', 'The title is required, {min}–{max} characters.');
      case ActivityErrorCode.DESCRIPTION_TOO_LONG:
        return t('Uraian maksimal {max} karakter.', 'The description may have at most {max} characters.');
      case ActivityErrorCode.VENUE_NAME_INVALID:
        return t('Nama tempat wajib diisi (maksimal {max} karakter).', 'The venue name is required (at most {max} characters).');
      case ActivityErrorCode.VENUE_REGION_NOT_FOUND:
        return t('Wilayah tempat kegiatan {code} tidak ditemukan.', 'The venue region {code} was not found.');
      case ActivityErrorCode.END_BEFORE_START:
        return t('Waktu selesai harus setelah waktu mulai.', 'The end must be after the start.');
      case ActivityErrorCode.DATE_OUT_OF_RANGE:
        return t('Tanggal harus antara {from} dan {to}.', 'The date must be between {from} and {to}.');
      case ActivityErrorCode.TOO_LONG:
        return t('Kegiatan paling lama {max} hari.', 'An activity lasts at most {max} days.');
      case ActivityErrorCode.PLANNED_IN_PAST:
        return t('Kegiatan yang direncanakan harus dimulai di masa depan; catat kegiatan yang sudah terlaksana sebagai draf.', 'A planned activity must start in the future; record one that already took place as a draft.');
      case ActivityErrorCode.NOT_HELD_YET:
        return t('Kegiatan ini belum dimulai; laporan dapat diajukan setelah kegiatan terlaksana.', 'This activity has not started yet; it can be reported once it has taken place.');
      case ActivityErrorCode.VILLAGE_NOT_FOUND:
        return t('Desa/kelurahan {code} tidak ditemukan.', 'Village {code} was not found.');
      case ActivityErrorCode.NOT_A_VILLAGE:
        return t('{code} bukan desa/kelurahan atau kecamatan.', '{code} is not a village or kecamatan.');
      case ActivityErrorCode.TOO_MANY:
        return t('Terlalu banyak isian (maksimal {max}).', 'Too many entries (at most {max}).');
      case ActivityErrorCode.PARTICIPANTS_INVALID:
        return t('Jumlah peserta harus bilangan bulat 0–{max}.', 'Participant counts must be whole numbers from 0 to {max}.');
      case ActivityErrorCode.DUPLICATE_CATEGORY:
        return t('Kategori peserta {category} muncul lebih dari sekali.', 'Participant category {category} appears more than once.');
      case ActivityErrorCode.TOPIC_NOT_FOUND:
        return t('Topik tidak ditemukan.', 'Topic not found.');
      case ActivityErrorCode.PROGRAMME_ITEM_NOT_FOUND:
        return t('Butir program tidak ditemukan.', 'Programme item not found.');
      case ActivityErrorCode.AGENCY_NOT_FOUND:
        return t('Instansi penyelenggara bersama tidak ditemukan.', 'The co-organising agency was not found.');
      case ActivityErrorCode.LEAD_AS_CO_ORGANISER:
        return t('Penyelenggara utama tidak dapat sekaligus menjadi penyelenggara bersama.', 'The lead agency cannot also be a co-organiser.');
      case ActivityErrorCode.CO_ORGANISER_HAS_CONTRIBUTIONS:
        return t(
          'Penyelenggara bersama ini sudah mengisi peserta atau bukti; hapus isiannya dahulu sebelum mengeluarkannya.',
          'This co-organiser has already added participants or evidence; remove them before removing the agency.',
        );
      case ActivityErrorCode.NOT_INVITED:
        return t('Instansi Anda tidak diundang ke kegiatan ini.', 'Your agency is not invited to this activity.');
      case ActivityErrorCode.REASON_INVALID:
        return t('Alasan wajib diisi, {min}–{max} karakter.', 'A reason is required, {min}–{max} characters.');
      case ActivityErrorCode.WRONG_STATUS:
        return t('Kegiatan berstatus {statusName} tidak dapat {actionText}.', 'An activity that is {statusName} cannot {actionText}.');
      case ActivityErrorCode.NOT_PERMITTED:
        return t('Anda tidak berwenang: kegiatan ini tidak dapat {actionText} oleh Anda.', 'You are not allowed: this activity cannot {actionText} by you.');
      case ActivityErrorCode.VERSION_CONFLICT:
        return t(
          'Kegiatan ini sudah diubah oleh {by} pada {at}. Muat ulang untuk melihat perubahan itu, lalu ulangi.',
          'This activity was changed by {by} at {at}. Reload to see that change, then try again.',
        );
      case ActivityErrorCode.FOLLOW_UP_NOT_FOUND:
        return t('Tindak lanjut tidak ditemukan.', 'Follow-up not found.');
      case ActivityErrorCode.FOLLOW_UP_TEXT_INVALID:
        return t('Uraian tindak lanjut wajib diisi (maksimal {max} karakter).', 'The follow-up text is required (at most {max} characters).');
      case ActivityErrorCode.FOLLOW_UP_DUE_INVALID:
        return t('Tenggat harus tanggal yang sah (YYYY-MM-DD).', 'The due date must be a valid date (YYYY-MM-DD).');
      case ActivityErrorCode.FOLLOW_UP_VERSION_CONFLICT:
        return t('Tindak lanjut ini sudah diubah oleh {by} pada {at}. Muat ulang lalu ulangi.', 'This follow-up was changed by {by} at {at}. Reload, then try again.');
      case ActivityErrorCode.FILTER_INVALID:
        return t('Filter tidak sah: {detail}.', 'Invalid filter: {detail}.');
      default:
        return assertUnreachable(this.code);
    }
  }
}
