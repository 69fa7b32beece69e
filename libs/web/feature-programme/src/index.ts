export { DesaBinaanPage } from './lib/components/DesaBinaanPage';
export { ProgrammeAdminPage } from './lib/components/ProgrammeAdminPage';
