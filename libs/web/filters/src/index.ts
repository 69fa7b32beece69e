export {
  CUSTOM_PERIOD,
  DEFAULT_PERIOD,
  PERIOD_PRESETS,
  paramsOf,
  pickerYears,
  resolvePeriod,
  todayWib,
  yearOf,
  type DashboardPeriod,
  type PeriodParams,
  type PeriodPreset,
} from './lib/period';
export { periodErrorText, periodKeyLabel, periodLabel } from './lib/labels';
export { PeriodPicker } from './lib/PeriodPicker';
export { ACTIVITY_TYPES, REGION_CODE, useCoverageFilters, type ActivityTypeName, type CoverageFilterInput, type CoverageFilterState } from './lib/useCoverageFilters';
export { CoverageFilters, ProgrammeFilterSelect, ProgrammeItemOptions, type CoverageFilterSources, type ProgrammeFrameworkChoice } from './lib/CoverageFilters';
