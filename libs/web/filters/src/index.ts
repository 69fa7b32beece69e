export {
  CUSTOM_PERIOD,
  DEFAULT_PERIOD,
  PERIOD_PRESETS,
  recentYears,
  resolvePeriod,
  todayWib,
  yearOf,
  type DashboardPeriod,
  type PeriodPreset,
} from './lib/period';
export { periodKeyLabel, periodLabel } from './lib/labels';
export { ACTIVITY_TYPES, REGION_CODE, useCoverageFilters, type ActivityTypeName, type CoverageFilterInput, type CoverageFilterState } from './lib/useCoverageFilters';
export { CoverageFilters, ProgrammeFilterSelect, ProgrammeItemOptions, type CoverageFilterSources, type ProgrammeFrameworkChoice } from './lib/CoverageFilters';
