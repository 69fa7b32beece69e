import { KERINCI_AGENCY, type AnswerOf } from '@jangkau/web-data-access';
import type { ActivityQuery } from '../graphql/activities';

/** An activity as ActivityQuery answers it (typed, with __typename), for component tests: override what a test is about. */
export type ActivityFixture = NonNullable<AnswerOf<typeof ActivityQuery>['activity']>;

export const ACTIVITY_ID = 'c0000000-0000-4000-8000-000000000001';
export const activityFixture = (over: Partial<ActivityFixture> = {}): ActivityFixture => ({
  __typename: 'Activity',
  id: ACTIVITY_ID,
  type: 'SOSIALISASI',
  status: 'DRAFT',
  title: 'Sosialisasi TPPO di Pulau Rengas',
  description: '',
  startsAt: '2025-03-04T02:00:00.000Z',
  endsAt: '2025-03-04T04:00:00.000Z',
  timeZone: 'WIB',
  venueName: 'Balai Desa',
  venueRegionCode: '15.01.01',
  venueRegion: { __typename: 'Region', code: '15.01.01', name: 'Gunung Kerinci', level: 'KECAMATAN' },
  villageCount: 0,
  returnReason: null,
  submittedById: null,
  submittedByName: null,
  submittedAt: null,
  verifiedByName: null,
  verifiedAt: null,
  selfVerified: false,
  verifiers: ['Kepala Kantor'],
  createdByName: 'Rahmat Hidayat',
  updatedAt: '2025-03-04T05:00:00.000Z',
  leadAgencyId: KERINCI_AGENCY.id,
  leadAgency: { __typename: 'Agency', id: KERINCI_AGENCY.id, shortName: KERINCI_AGENCY.shortName },
  allowedActions: [],
  version: 5,
  coOrganisers: [],
  programmeItems: [],
  topics: [],
  villages: [],
  participants: [],
  participantTotals: { __typename: 'ParticipantTotals', male: 0, female: 0, total: 0, officials: 0 },
  attendance: [],
  evidence: [],
  history: [],
  followUps: [],
  ...over,
});
