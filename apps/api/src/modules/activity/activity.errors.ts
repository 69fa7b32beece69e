import { ACTIVITY_STATUS_LABELS, ActivityStatus, PARTICIPANT_CATEGORY_LABELS, ParticipantCategory } from '@jangkau/shared-domain';
import { defineDomainErrors, ErrorTable } from '../../common/errors/error-table';
import { Language } from '../../common/i18n/language';

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
  PROGRAMME_ITEM_NOT_IN_FORCE = 'ACTIVITY_PROGRAMME_ITEM_NOT_IN_FORCE',
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
  OWN_WORK_VERIFICATION = 'ACTIVITY_OWN_WORK_VERIFICATION',
  INVITATION_DECLINED = 'ACTIVITY_INVITATION_DECLINED',
  NOT_DECLINED = 'ACTIVITY_NOT_DECLINED',
  OUTSIDE_OWN_AREA = 'ACTIVITY_OUTSIDE_OWN_AREA',
  ATTENDANCE_OVER_TOTAL = 'ACTIVITY_ATTENDANCE_OVER_TOTAL',
  ATTENDANCE_REGION_NOT_LISTED = 'ACTIVITY_ATTENDANCE_REGION_NOT_LISTED',
}

/**
 * A status (`SUBMITTED`) as messages name it (messages of other activity domains use it too): in Indonesian its
 * usual name, in English the word in lower case, inside a sentence.
 */
export function statusName(status: string | number | undefined, language: Language): string {
  const value = String(status ?? '');
  const labels = ACTIVITY_STATUS_LABELS[value as ActivityStatus];
  return language === 'en' ? (labels?.en ?? value).toLowerCase() : (labels?.id ?? value);
}

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

const ACTIVITY_ERRORS: ErrorTable<ActivityErrorCode> = {
  [ActivityErrorCode.NOT_FOUND]: { kind: 'NOT_FOUND', id: 'Kegiatan tidak ditemukan.', en: 'Activity not found.' },
  [ActivityErrorCode.ID_INVALID]: { kind: 'BAD_USER_INPUT', id: 'ID kegiatan harus berupa UUID.', en: 'The activity id must be a UUID.' },
  [ActivityErrorCode.ID_TAKEN]: {
    kind: 'CONFLICT',
    id: 'ID kegiatan ini sudah dipakai untuk kegiatan lain.',
    en: 'This activity id is already used by another activity.',
  },
  [ActivityErrorCode.TITLE_INVALID]: {
    kind: 'BAD_USER_INPUT',
    id: 'Judul wajib diisi, {min}–{max} karakter.',
    en: 'The title is required, {min}–{max} characters.',
  },
  [ActivityErrorCode.DESCRIPTION_TOO_LONG]: {
    kind: 'BAD_USER_INPUT',
    id: 'Uraian maksimal {max} karakter.',
    en: 'The description may have at most {max} characters.',
  },
  [ActivityErrorCode.VENUE_NAME_INVALID]: {
    kind: 'BAD_USER_INPUT',
    id: 'Nama tempat wajib diisi (maksimal {max} karakter).',
    en: 'The venue name is required (at most {max} characters).',
  },
  [ActivityErrorCode.VENUE_REGION_NOT_FOUND]: {
    kind: 'BAD_USER_INPUT',
    id: 'Wilayah tempat kegiatan {code} tidak ditemukan.',
    en: 'The venue region {code} was not found.',
  },
  [ActivityErrorCode.END_BEFORE_START]: { kind: 'BAD_USER_INPUT', id: 'Waktu selesai harus setelah waktu mulai.', en: 'The end must be after the start.' },
  [ActivityErrorCode.DATE_OUT_OF_RANGE]: {
    kind: 'BAD_USER_INPUT',
    id: 'Tanggal harus antara {from} dan {to}.',
    en: 'The date must be between {from} and {to}.',
  },
  [ActivityErrorCode.TOO_LONG]: { kind: 'BAD_USER_INPUT', id: 'Kegiatan paling lama {max} hari.', en: 'An activity lasts at most {max} days.' },
  [ActivityErrorCode.PLANNED_IN_PAST]: {
    kind: 'BAD_USER_INPUT',
    id: 'Kegiatan yang direncanakan harus dimulai di masa depan; catat kegiatan yang sudah terlaksana sebagai draf.',
    en: 'A planned activity must start in the future; record one that already took place as a draft.',
  },
  [ActivityErrorCode.NOT_HELD_YET]: {
    kind: 'BAD_USER_INPUT',
    id: 'Kegiatan ini belum dimulai; laporan dapat diajukan setelah kegiatan terlaksana.',
    en: 'This activity has not started yet; it can be reported once it has taken place.',
  },
  [ActivityErrorCode.VILLAGE_NOT_FOUND]: { kind: 'BAD_USER_INPUT', id: 'Desa/kelurahan {code} tidak ditemukan.', en: 'Village {code} was not found.' },
  [ActivityErrorCode.NOT_A_VILLAGE]: { kind: 'BAD_USER_INPUT', id: '{code} bukan desa/kelurahan atau kecamatan.', en: '{code} is not a village or kecamatan.' },
  [ActivityErrorCode.TOO_MANY]: { kind: 'BAD_USER_INPUT', id: 'Terlalu banyak isian (maksimal {max}).', en: 'Too many entries (at most {max}).' },
  [ActivityErrorCode.PARTICIPANTS_INVALID]: {
    kind: 'BAD_USER_INPUT',
    id: 'Jumlah peserta harus bilangan bulat 0–{max}.',
    en: 'Participant counts must be whole numbers from 0 to {max}.',
  },
  [ActivityErrorCode.DUPLICATE_CATEGORY]: {
    kind: 'BAD_USER_INPUT',
    id: 'Kategori peserta {category} muncul lebih dari sekali.',
    en: 'Participant category {category} appears more than once.',
  },
  [ActivityErrorCode.TOPIC_NOT_FOUND]: { kind: 'BAD_USER_INPUT', id: 'Topik tidak ditemukan.', en: 'Topic not found.' },
  [ActivityErrorCode.PROGRAMME_ITEM_NOT_FOUND]: { kind: 'BAD_USER_INPUT', id: 'Butir program tidak ditemukan.', en: 'Programme item not found.' },
  [ActivityErrorCode.PROGRAMME_ITEM_NOT_IN_FORCE]: {
    kind: 'BAD_USER_INPUT',
    id: 'Butir {number} dari {framework} tidak berlaku pada tanggal kegiatan, {date} (kerangka ini berlaku {validFrom} s.d. {validTo}). Hapus butir ini, atau pilih butir kerangka program yang berlaku pada tanggal itu.',
    en: "Item {number} of {framework} does not apply on the activity's date, {date} (that framework is valid from {validFrom} to {validTo}). Remove it, or choose an item of the framework in force on that date.",
  },
  [ActivityErrorCode.AGENCY_NOT_FOUND]: {
    kind: 'BAD_USER_INPUT',
    id: 'Instansi penyelenggara bersama tidak ditemukan.',
    en: 'The co-organising agency was not found.',
  },
  [ActivityErrorCode.LEAD_AS_CO_ORGANISER]: {
    kind: 'BAD_USER_INPUT',
    id: 'Penyelenggara utama tidak dapat sekaligus menjadi penyelenggara bersama.',
    en: 'The lead agency cannot also be a co-organiser.',
  },
  [ActivityErrorCode.CO_ORGANISER_HAS_CONTRIBUTIONS]: {
    kind: 'CONFLICT',
    id: 'Penyelenggara bersama ini sudah mengisi peserta atau bukti; hapus isiannya dahulu sebelum mengeluarkannya.',
    en: 'This co-organiser has already added participants or evidence; remove them before removing the agency.',
  },
  [ActivityErrorCode.NOT_INVITED]: {
    kind: 'FORBIDDEN',
    id: 'Instansi Anda tidak diundang ke kegiatan ini.',
    en: 'Your agency is not invited to this activity.',
  },
  [ActivityErrorCode.REASON_INVALID]: {
    kind: 'BAD_USER_INPUT',
    id: 'Alasan wajib diisi, {min}–{max} karakter.',
    en: 'A reason is required, {min}–{max} characters.',
  },
  [ActivityErrorCode.WRONG_STATUS]: {
    kind: 'CONFLICT',
    id: 'Kegiatan berstatus {statusName} tidak dapat {actionText}.',
    en: 'An activity that is {statusName} cannot {actionText}.',
  },
  [ActivityErrorCode.NOT_PERMITTED]: {
    kind: 'FORBIDDEN',
    id: 'Anda tidak berwenang: kegiatan ini tidak dapat {actionText} oleh Anda.',
    en: 'You are not allowed: this activity cannot {actionText} by you.',
  },
  [ActivityErrorCode.VERSION_CONFLICT]: {
    kind: 'CONFLICT',
    id: 'Kegiatan ini sudah diubah oleh {by} pada {at}. Muat ulang untuk melihat perubahan itu, lalu ulangi.',
    en: 'This activity was changed by {by} at {at}. Reload to see that change, then try again.',
  },
  [ActivityErrorCode.FOLLOW_UP_NOT_FOUND]: { kind: 'NOT_FOUND', id: 'Tindak lanjut tidak ditemukan.', en: 'Follow-up not found.' },
  [ActivityErrorCode.FOLLOW_UP_TEXT_INVALID]: {
    kind: 'BAD_USER_INPUT',
    id: 'Uraian tindak lanjut wajib diisi (maksimal {max} karakter).',
    en: 'The follow-up text is required (at most {max} characters).',
  },
  [ActivityErrorCode.FOLLOW_UP_DUE_INVALID]: {
    kind: 'BAD_USER_INPUT',
    id: 'Tenggat harus tanggal yang sah (YYYY-MM-DD).',
    en: 'The due date must be a valid date (YYYY-MM-DD).',
  },
  [ActivityErrorCode.FOLLOW_UP_VERSION_CONFLICT]: {
    kind: 'CONFLICT',
    id: 'Tindak lanjut ini sudah diubah oleh {by} pada {at}. Muat ulang lalu ulangi.',
    en: 'This follow-up was changed by {by} at {at}. Reload, then try again.',
  },
  [ActivityErrorCode.FILTER_INVALID]: { kind: 'BAD_USER_INPUT', id: 'Filter tidak sah: {detail}.', en: 'Invalid filter: {detail}.' },
  [ActivityErrorCode.OWN_WORK_VERIFICATION]: {
    kind: 'FORBIDDEN',
    id: 'Anda membuat atau mengajukan kegiatan ini; verifikasinya dilakukan oleh kepala lain di instansi Anda.',
    en: 'You created or submitted this activity; another head of your agency verifies it.',
  },
  [ActivityErrorCode.INVITATION_DECLINED]: {
    kind: 'CONFLICT',
    id: 'Instansi Anda sudah menolak undangan ini; untuk bergabung kembali diperlukan undangan baru dari penyelenggara utama.',
    en: 'Your agency declined this invitation; joining again needs a new invitation from the lead agency.',
  },
  [ActivityErrorCode.NOT_DECLINED]: {
    kind: 'CONFLICT',
    id: 'Instansi ini tidak sedang menolak undangan kegiatan ini, jadi tidak perlu diundang kembali.',
    en: 'This agency has not declined an invitation to this activity, so there is nothing to invite again.',
  },
  [ActivityErrorCode.OUTSIDE_OWN_AREA]: {
    kind: 'BAD_USER_INPUT',
    id: 'Pemerintah desa/kelurahan atau kecamatan hanya mencatat kegiatan di wilayahnya sendiri ({code}).',
    en: 'A village or kecamatan government records activities in its own area only ({code}).',
  },
  [ActivityErrorCode.ATTENDANCE_OVER_TOTAL]: {
    kind: 'BAD_USER_INPUT',
    id: 'Kehadiran {categoryName} yang dirinci per wilayah ({attributed}) melebihi jumlah pesertanya ({total}).',
    en: 'Attendance of {categoryName} attributed to regions ({attributed}) exceeds the participant count ({total}).',
  },
  [ActivityErrorCode.ATTENDANCE_REGION_NOT_LISTED]: {
    kind: 'BAD_USER_INPUT',
    id: 'Kehadiran hanya dapat dirinci ke desa/kelurahan yang dijangkau kegiatan atau wilayah di atasnya; {code} tidak termasuk.',
    en: 'Attendance can be attributed only to villages the activity reached or the regions above them; {code} is not one.',
  },
};

export class ActivityError extends defineDomainErrors(ACTIVITY_ERRORS, {
  // `status` and `action` are codes (`SUBMITTED`, `VERIFY`): messages say them in words.
  params: (params, language) => {
    const action = ACTION[String(params.action)] ?? ['diproses', 'be processed'];
    const categoryName = PARTICIPANT_CATEGORY_LABELS[params.category as ParticipantCategory]?.[language] ?? String(params.category ?? '');
    return { ...params, categoryName, statusName: statusName(params.status, language), actionText: language === 'en' ? action[1] : action[0] };
  },
}) {}
