export { NotificationBell } from './lib/components/NotificationBell';
export { NotificationsPage } from './lib/components/NotificationsPage';
export { NotificationSettingsPage } from './lib/components/NotificationSettingsPage';
