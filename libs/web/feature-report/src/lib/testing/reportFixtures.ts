import type { Indicator, ReportFieldsFragment, WithTypenames } from '@jangkau/web-data-access';

/**
 * Report figures for component tests, shaped as the API answers them; __typename is there for mocked queries (the
 * generated fragment types leave it out; WithTypenames lets it in).
 */
export type ReportRowFixture = WithTypenames<ReportFieldsFragment['rows'][number]>;
export type ReportValueFixture = ReportRowFixture['values'][number];

/** One indicator's figure, with no comparison and no target unless `extra` gives them. */
export const reportValue = (indicator: Indicator | string, value: number, extra: Partial<ReportValueFixture> = {}): ReportValueFixture => ({
  __typename: 'ReportValue',
  indicator: indicator as Indicator,
  value,
  previous: null,
  change: null,
  direction: null,
  target: null,
  achieved: null,
  progress: null,
  expected: null,
  status: null,
  ...extra,
});

/** One row of a report: its figures, nothing restricted, no village counts unless `extra` gives them. */
export const reportRow = (key: string, label: string, values: ReportValueFixture[], extra: Partial<ReportRowFixture> = {}): ReportRowFixture => ({
  __typename: 'ReportRow',
  key,
  label,
  restricted: false,
  villagesNeverReached: null,
  villagesNotRecentlyReached: null,
  desaBinaan: null,
  desaBinaanActivities: null,
  villagesConfirmed: null,
  villagesDisputed: null,
  villagesUnanswered: null,
  participantsByCategory: [],
  values,
  ...extra,
});
