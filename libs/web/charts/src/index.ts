export { ChartRenderer } from './lib/ChartRenderer';
export { RankedBarChart, type RankedBarDatum } from './lib/RankedBarChart';
