export { AgenciesPage } from './lib/components/AgenciesPage';
export { UsersPage } from './lib/components/UsersPage';
export { AuditLogPage } from './lib/components/AuditLogPage';
export { BoundariesPage } from './lib/components/BoundariesPage';
export { OutgoingMailPage } from './lib/components/OutgoingMailPage';
