export { LoginPage } from './lib/components/LoginPage';
export { ChangePasswordPage } from './lib/components/ChangePasswordPage';
export { SessionExpiredDialog } from './lib/components/SessionExpiredDialog';
export { RequireSignIn, RequireRole } from './lib/components/RequireSignIn';
export { AppInfoQuery } from './lib/graphql/appInfo.query';
