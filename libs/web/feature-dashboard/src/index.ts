export { DashboardPage } from './lib/components/DashboardPage';
export { TargetsPage } from './lib/components/TargetsPage';
