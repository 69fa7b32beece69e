import { ACTIVITY_STATUS_LABELS, ACTIVITY_TYPE_LABELS, labelsIn, PARTICIPANT_CATEGORY_LABELS, VILLAGE_REACH_LABELS } from './activity-labels';
import { ActivityStatus, ActivityType, ParticipantCategory, VillageReach } from './activity';

describe('activity labels', () => {
  it('name every code in both languages, with no word used twice within a table', () => {
    for (const [table, codes] of [
      [ACTIVITY_TYPE_LABELS, Object.values(ActivityType)],
      [ACTIVITY_STATUS_LABELS, Object.values(ActivityStatus)],
      [VILLAGE_REACH_LABELS, Object.values(VillageReach)],
      [PARTICIPANT_CATEGORY_LABELS, Object.values(ParticipantCategory)],
    ] as const) {
      expect(Object.keys(table).sort()).toEqual([...codes].sort());
      for (const language of ['id', 'en'] as const) {
        const words = Object.values(table).map((labels) => labels[language]);
        expect(words.every((w) => w.trim().length > 0)).toBe(true);
        expect(new Set(words).size).toBe(words.length);
      }
    }
  });

  it('give one language as a column for the screens', () => {
    expect(labelsIn(PARTICIPANT_CATEGORY_LABELS, 'id').KEPALA_DESA).toBe('Kepala desa');
    expect(labelsIn(PARTICIPANT_CATEGORY_LABELS, 'en').KEPALA_DESA).toBe('Village head');
    expect(labelsIn(ACTIVITY_STATUS_LABELS, 'en')).toEqual({ PLANNED: 'Planned', DRAFT: 'Draft', SUBMITTED: 'Submitted', VERIFIED: 'Verified', RETURNED: 'Returned' });
  });
});
