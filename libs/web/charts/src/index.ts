export { ChartRenderer } from './lib/ChartRenderer';
export { ChartDataTable, type ChartDataColumn, type ChartDataRow } from './lib/ChartDataTable';
export { RankedBarChart, type RankedBarDatum } from './lib/RankedBarChart';
export { CoverageByRegionChart, sortLowestFirst, coverageColour, type CoverageBarDatum } from './lib/CoverageByRegionChart';
export { MonthlyTrendChart, type MonthlyTrendDatum } from './lib/MonthlyTrendChart';
export { SexStackedBarChart, type SexStackedDatum } from './lib/SexStackedBarChart';
export { CategoryTick, wrapLabel, linesNeeded } from './lib/CategoryTick';
