export { DashboardPage } from './lib/components/DashboardPage';
