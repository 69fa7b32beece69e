/**
 * Attendance confirmation: the government of a village an activity lists (its desa/kelurahan, or its kecamatan)
 * says whether the village was really reached. It never changes what is counted; a dispute goes back to the lead
 * agency, which keeps the record with a reason or corrects it (reopen, edit, verify again).
 */
export enum VillageConfirmationStatus {
  /** Nobody of the village's government answered yet. */
  UNANSWERED = 'UNANSWERED',
  CONFIRMED = 'CONFIRMED',
  DISPUTED = 'DISPUTED',
  /** Disputed, and the lead agency verified the activity again since: the dispute was answered by a correction. */
  CORRECTED = 'CORRECTED',
}

/** What a village government answered (UNANSWERED and CORRECTED are derived, never stored). */
export type VillageConfirmationAnswer = VillageConfirmationStatus.CONFIRMED | VillageConfirmationStatus.DISPUTED;

export const CONFIRMATION_LIMITS = {
  /** A dispute says why; a confirmation may add a note. */
  noteMin: 5,
  noteMax: 1000,
} as const;

/**
 * The status a village's confirmation shows: its stored answer, except that a dispute followed by a fresh
 * verification of the activity reads as CORRECTED (the lead reopened, edited and verified it again).
 */
export function confirmationStatus(answer: VillageConfirmationAnswer | null, answeredAt: Date | string | null, activityVerifiedAt: Date | string | null): VillageConfirmationStatus {
  if (!answer) return VillageConfirmationStatus.UNANSWERED;
  if (answer === VillageConfirmationStatus.DISPUTED && answeredAt && activityVerifiedAt && +new Date(activityVerifiedAt) > +new Date(answeredAt)) {
    return VillageConfirmationStatus.CORRECTED;
  }
  return answer;
}
