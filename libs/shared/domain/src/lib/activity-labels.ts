import { ActivityStatus, ActivityType, CoOrganiserStatus, FollowUpStatus, ParticipantCategory, VillageReach } from './activity';

/**
 * The names of the activity codes as people read them, in Bahasa Indonesia and English: one table per code, read by
 * the web's screens (its locale files), the API's import template, exports and messages, and the audit trail's
 * file. The words are the screens' own; a change here changes them everywhere at once.
 */
export interface Labels {
  id: string;
  en: string;
}

export const ACTIVITY_TYPE_LABELS: Readonly<Record<ActivityType, Labels>> = {
  [ActivityType.SOSIALISASI]: { id: 'Sosialisasi', en: 'Awareness session (sosialisasi)' },
  [ActivityType.PENYULUHAN]: { id: 'Penyuluhan', en: 'Counselling (penyuluhan)' },
  [ActivityType.RAPAT_KOORDINASI]: { id: 'Rapat koordinasi', en: 'Coordination meeting' },
  [ActivityType.PEMBENTUKAN_DESA_BINAAN]: { id: 'Pembentukan Desa Binaan', en: 'Desa Binaan formation' },
  [ActivityType.MONITORING]: { id: 'Monitoring', en: 'Monitoring visit' },
  [ActivityType.LAINNYA]: { id: 'Lainnya', en: 'Other' },
};

export const ACTIVITY_STATUS_LABELS: Readonly<Record<ActivityStatus, Labels>> = {
  [ActivityStatus.PLANNED]: { id: 'Direncanakan', en: 'Planned' },
  [ActivityStatus.DRAFT]: { id: 'Draf', en: 'Draft' },
  [ActivityStatus.SUBMITTED]: { id: 'Diajukan', en: 'Submitted' },
  [ActivityStatus.VERIFIED]: { id: 'Terverifikasi', en: 'Verified' },
  [ActivityStatus.RETURNED]: { id: 'Dikembalikan', en: 'Returned' },
};

export const VILLAGE_REACH_LABELS: Readonly<Record<VillageReach, Labels>> = {
  [VillageReach.OFFICIALS_ATTENDED]: { id: 'Aparat desa hadir', en: 'Village officials attended' },
  [VillageReach.HELD_IN_VILLAGE]: { id: 'Diadakan di desa', en: 'Held in the village' },
  [VillageReach.RESIDENTS_ATTENDED]: { id: 'Warga hadir', en: 'Residents attended' },
};

export const PARTICIPANT_CATEGORY_LABELS: Readonly<Record<ParticipantCategory, Labels>> = {
  [ParticipantCategory.CAMAT]: { id: 'Camat', en: 'Camat' },
  [ParticipantCategory.LURAH]: { id: 'Lurah', en: 'Lurah' },
  [ParticipantCategory.KEPALA_DESA]: { id: 'Kepala desa', en: 'Village head' },
  [ParticipantCategory.PERANGKAT_DESA]: { id: 'Perangkat desa', en: 'Village staff' },
  [ParticipantCategory.TOKOH_MASYARAKAT]: { id: 'Tokoh masyarakat', en: 'Community leaders' },
  [ParticipantCategory.MASYARAKAT_UMUM]: { id: 'Masyarakat umum', en: 'General public' },
  [ParticipantCategory.CALON_PMI]: { id: 'Calon PMI', en: 'Prospective migrant workers' },
  [ParticipantCategory.PELAJAR]: { id: 'Pelajar', en: 'Students' },
  [ParticipantCategory.LAINNYA]: { id: 'Lainnya', en: 'Other' },
};

/** A co-organiser's answer to an invitation. */
export const CO_ORGANISER_STATUS_LABELS: Readonly<Record<CoOrganiserStatus, Labels>> = {
  [CoOrganiserStatus.INVITED]: { id: 'Diundang', en: 'Invited' },
  [CoOrganiserStatus.ACCEPTED]: { id: 'Menerima', en: 'Accepted' },
  [CoOrganiserStatus.DECLINED]: { id: 'Menolak', en: 'Declined' },
};

export const FOLLOW_UP_STATUS_LABELS: Readonly<Record<FollowUpStatus, Labels>> = {
  [FollowUpStatus.OPEN]: { id: 'Terbuka', en: 'Open' },
  [FollowUpStatus.IN_PROGRESS]: { id: 'Berjalan', en: 'In progress' },
  [FollowUpStatus.DONE]: { id: 'Selesai', en: 'Done' },
  [FollowUpStatus.CANCELLED]: { id: 'Dibatalkan', en: 'Cancelled' },
};

/** One language's column of a table, `{ SOSIALISASI: 'Sosialisasi', … }`: what the web's locale files hold. */
export function labelsIn<K extends string>(table: Readonly<Record<K, Labels>>, language: keyof Labels): Record<K, string> {
  return Object.fromEntries(Object.entries<Labels>(table).map(([code, labels]) => [code, labels[language]])) as Record<K, string>;
}
