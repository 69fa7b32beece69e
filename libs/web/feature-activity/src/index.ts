export { ConfirmationNavLink, ConfirmationPage, CONFIRMATION_ROLES } from './lib/components/ConfirmationPage';
export { ActivitiesPage } from './lib/components/ActivitiesPage';
export { ActivityPage } from './lib/components/ActivityPage';
export { ActivityFormPage } from './lib/components/ActivityFormPage';
export { CalendarPage } from './lib/components/CalendarPage';
export { ImportPage } from './lib/components/ImportPage';
export { WorkQueue } from './lib/components/WorkQueue';
export { OfflineProvider, useOffline } from './lib/offline/OfflineProvider';
export { OutboxIndicator, OutboxPage } from './lib/offline/OutboxPage';
