/**
 * Notifications (issue 15): what happened, to whom it is told, and how each person wants to hear of it by e-mail.
 * The app always keeps the in-app entry (the bell); the preference decides the e-mail.
 */
export enum NotificationKind {
  /** An officer submitted an activity: its lead agency's heads verify it. */
  ACTIVITY_SUBMITTED = 'ACTIVITY_SUBMITTED',
  /** Returned to its submitter with a reason. Always told at once. */
  ACTIVITY_RETURNED = 'ACTIVITY_RETURNED',
  /** A verified activity reopened (back to its submitter, with a reason). Always told at once. */
  ACTIVITY_REOPENED = 'ACTIVITY_REOPENED',
  /** Verified: it counts. The submitter and the accepted co-organisers hear of it. */
  ACTIVITY_VERIFIED = 'ACTIVITY_VERIFIED',
  /** An agency was invited to co-organise. */
  INVITATION_RECEIVED = 'INVITATION_RECEIVED',
  /** An invited agency accepted or declined: the lead agency hears of it. */
  INVITATION_ANSWERED = 'INVITATION_ANSWERED',
  FOLLOW_UP_ASSIGNED = 'FOLLOW_UP_ASSIGNED',
  /** Three days before a follow-up falls due. */
  FOLLOW_UP_DUE = 'FOLLOW_UP_DUE',
  /** The day after a follow-up fell due and is still open. */
  FOLLOW_UP_OVERDUE = 'FOLLOW_UP_OVERDUE',
  /** A village government disputed that an activity reached it. */
  ATTENDANCE_DISPUTED = 'ATTENDANCE_DISPUTED',
  /** At the start of a month: a target of the agency is behind its pace. */
  TARGET_BEHIND = 'TARGET_BEHIND',
}

export const NOTIFICATION_KINDS: readonly NotificationKind[] = Object.values(NotificationKind);

/** How a person wants to hear of one kind by e-mail. */
export enum NotificationDelivery {
  /** One e-mail per event, as it happens. */
  IMMEDIATE = 'IMMEDIATE',
  /** Gathered into one e-mail a day, at 07.00 in the person's zone. */
  DAILY_DIGEST = 'DAILY_DIGEST',
  /** No e-mail (the bell still shows it). */
  OFF = 'OFF',
}

/** A return or a reopening is always told at once, with its reason: nobody can switch it off or delay it. */
export const LOCKED_NOTIFICATION_KINDS: readonly NotificationKind[] = [NotificationKind.ACTIVITY_RETURNED, NotificationKind.ACTIVITY_REOPENED];

/**
 * Until a person chooses: what needs them now arrives at once; what only informs waits for the morning digest
 * (DHIS2 and OpenLMIS users switched approval pings off for their volume).
 */
export const DEFAULT_NOTIFICATION_DELIVERY: Readonly<Record<NotificationKind, NotificationDelivery>> = {
  ACTIVITY_SUBMITTED: NotificationDelivery.IMMEDIATE,
  ACTIVITY_RETURNED: NotificationDelivery.IMMEDIATE,
  ACTIVITY_REOPENED: NotificationDelivery.IMMEDIATE,
  ACTIVITY_VERIFIED: NotificationDelivery.DAILY_DIGEST,
  INVITATION_RECEIVED: NotificationDelivery.IMMEDIATE,
  INVITATION_ANSWERED: NotificationDelivery.DAILY_DIGEST,
  FOLLOW_UP_ASSIGNED: NotificationDelivery.IMMEDIATE,
  FOLLOW_UP_DUE: NotificationDelivery.DAILY_DIGEST,
  FOLLOW_UP_OVERDUE: NotificationDelivery.IMMEDIATE,
  ATTENDANCE_DISPUTED: NotificationDelivery.IMMEDIATE,
  TARGET_BEHIND: NotificationDelivery.IMMEDIATE,
};

/** The delivery that applies: the person's choice, except where the kind is locked to IMMEDIATE. */
export function effectiveDelivery(kind: NotificationKind, chosen: NotificationDelivery | null | undefined): NotificationDelivery {
  if (LOCKED_NOTIFICATION_KINDS.includes(kind)) return NotificationDelivery.IMMEDIATE;
  return chosen ?? DEFAULT_NOTIFICATION_DELIVERY[kind];
}

/** What a notification says, filled in when it is recorded (names as they were then). */
export interface NotificationParams {
  /** The activity's title, or the follow-up's text. */
  subject?: string;
  /** Who did it (a person's name), when a person did. */
  actor?: string;
  /** An agency the event names: the invited or answering agency, the responsible agency, the disputing village. */
  agency?: string;
  /** The return or reopening reason, the dispute note. */
  reason?: string;
  /** ACCEPTED or DECLINED for INVITATION_ANSWERED. */
  answer?: 'ACCEPTED' | 'DECLINED';
  /** A follow-up's due date (yyyy-mm-dd). */
  dueOn?: string;
  /** TARGET_BEHIND: the indicator, achieved, target and the expected-by-now figure. */
  indicator?: string;
  achieved?: number;
  target?: number;
  expected?: number;
  period?: string;
  /** A bulk import: how many activities it submitted (or invited the agency to), told once instead of per row. */
  count?: number;
}

type Lang = 'id' | 'en';

const quote = (text: string | undefined) => `“${(text ?? '').slice(0, 120)}”`;

/** The one-line title of a notification, in Bahasa Indonesia or English. */
export function notificationTitle(kind: NotificationKind, p: NotificationParams, lang: Lang = 'id'): string {
  const id = lang === 'id';
  const s = p.count ? (id ? `${p.count} kegiatan hasil impor` : `${p.count} imported activities`) : quote(p.subject);
  switch (kind) {
    case NotificationKind.ACTIVITY_SUBMITTED:
      return id ? `Menunggu verifikasi: ${s} diajukan oleh ${p.actor}` : `Awaiting verification: ${s} submitted by ${p.actor}`;
    case NotificationKind.ACTIVITY_RETURNED:
      return id ? `Dikembalikan: ${s}. Alasan: ${p.reason}` : `Returned: ${s}. Reason: ${p.reason}`;
    case NotificationKind.ACTIVITY_REOPENED:
      return id ? `Dibuka kembali: ${s}. Alasan: ${p.reason}` : `Reopened: ${s}. Reason: ${p.reason}`;
    case NotificationKind.ACTIVITY_VERIFIED:
      return id ? `Diverifikasi: ${s} kini dihitung dalam capaian` : `Verified: ${s} now counts in coverage`;
    case NotificationKind.INVITATION_RECEIVED:
      return id ? `Undangan penyelenggara bersama: ${s} dari ${p.agency}` : `Co-organiser invitation: ${s} from ${p.agency}`;
    case NotificationKind.INVITATION_ANSWERED:
      return p.answer === 'ACCEPTED'
        ? id
          ? `${p.agency} menerima undangan untuk ${s}`
          : `${p.agency} accepted the invitation to ${s}`
        : id
          ? `${p.agency} menolak undangan untuk ${s}`
          : `${p.agency} declined the invitation to ${s}`;
    case NotificationKind.FOLLOW_UP_ASSIGNED:
      return id ? `Tindak lanjut untuk ${p.agency}: ${s}${p.dueOn ? `, tenggat ${p.dueOn}` : ''}` : `Follow-up for ${p.agency}: ${s}${p.dueOn ? `, due ${p.dueOn}` : ''}`;
    case NotificationKind.FOLLOW_UP_DUE:
      return id ? `Tenggat tindak lanjut ${p.dueOn} (3 hari lagi): ${s}` : `Follow-up due ${p.dueOn} (in 3 days): ${s}`;
    case NotificationKind.FOLLOW_UP_OVERDUE:
      return id ? `Tindak lanjut lewat tenggat ${p.dueOn}: ${s}` : `Follow-up overdue since ${p.dueOn}: ${s}`;
    case NotificationKind.ATTENDANCE_DISPUTED:
      return id ? `${p.agency} menyanggah jangkauan ${s}: ${p.reason}` : `${p.agency} disputes the reach of ${s}: ${p.reason}`;
    case NotificationKind.TARGET_BEHIND:
      return id
        ? `Target ${p.indicator} ${p.period} tertinggal: ${p.achieved} dari ${p.target} (seharusnya ${p.expected})`
        : `Target ${p.indicator} ${p.period} is behind: ${p.achieved} of ${p.target} (expected ${p.expected} by now)`;
  }
}

/** The kinds' names, as the preferences page and the filter list them. */
export const NOTIFICATION_KIND_LABELS: Readonly<Record<NotificationKind, { id: string; en: string }>> = {
  ACTIVITY_SUBMITTED: { id: 'Kegiatan diajukan untuk verifikasi', en: 'Activity submitted for verification' },
  ACTIVITY_RETURNED: { id: 'Kegiatan dikembalikan', en: 'Activity returned' },
  ACTIVITY_REOPENED: { id: 'Kegiatan dibuka kembali', en: 'Activity reopened' },
  ACTIVITY_VERIFIED: { id: 'Kegiatan diverifikasi', en: 'Activity verified' },
  INVITATION_RECEIVED: { id: 'Undangan penyelenggara bersama', en: 'Co-organiser invitation' },
  INVITATION_ANSWERED: { id: 'Jawaban atas undangan', en: 'Invitation answered' },
  FOLLOW_UP_ASSIGNED: { id: 'Tindak lanjut ditugaskan', en: 'Follow-up assigned' },
  FOLLOW_UP_DUE: { id: 'Tindak lanjut mendekati tenggat', en: 'Follow-up falling due' },
  FOLLOW_UP_OVERDUE: { id: 'Tindak lanjut lewat tenggat', en: 'Follow-up overdue' },
  ATTENDANCE_DISPUTED: { id: 'Jangkauan disanggah desa', en: 'Reach disputed by a village' },
  TARGET_BEHIND: { id: 'Target tertinggal', en: 'Target behind' },
};
