export { ReportPage } from './lib/components/ReportPage';
export { SavedReportPage } from './lib/components/SavedReportPage';
