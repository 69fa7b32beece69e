export { ReportPage } from './lib/components/ReportPage';
