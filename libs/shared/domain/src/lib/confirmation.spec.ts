import { confirmationStatus, VillageConfirmationStatus as S } from './confirmation';

describe('confirmationStatus', () => {
  const answered = '2025-07-01T03:00:00Z';

  it('is UNANSWERED until the village government answers', () => {
    expect(confirmationStatus(null, null, '2025-06-20T00:00:00Z')).toBe(S.UNANSWERED);
  });

  it('shows the answer given after the verification', () => {
    expect(confirmationStatus(S.CONFIRMED, answered, '2025-06-20T00:00:00Z')).toBe(S.CONFIRMED);
    expect(confirmationStatus(S.DISPUTED, answered, '2025-06-20T00:00:00Z')).toBe(S.DISPUTED);
  });

  it('reads a dispute as CORRECTED once the activity was verified again after it', () => {
    expect(confirmationStatus(S.DISPUTED, answered, '2025-07-02T00:00:00Z')).toBe(S.CORRECTED);
    // Reopened and not yet verified again: still disputed.
    expect(confirmationStatus(S.DISPUTED, answered, null)).toBe(S.DISPUTED);
  });

  it('keeps a confirmation when the activity is verified again', () => {
    expect(confirmationStatus(S.CONFIRMED, answered, '2025-07-02T00:00:00Z')).toBe(S.CONFIRMED);
  });
});
