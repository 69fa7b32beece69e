import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession, type Role } from '@jangkau/web-data-access';
import { useTranslation } from '@jangkau/web-i18n';
import { EmptyState, LoadingState } from '@jangkau/web-ui';

/** Pages for signed-in users: others go to /masuk and come back afterwards; an owed new password comes first. */
export function RequireSignIn({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'restoring') return <LoadingState label={t('state.loading')} rows={4} />;
  if (state.status === 'signedOut' && state.reason !== 'expired') {
    return <Navigate to={`/masuk?lanjut=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  }
  if (state.status === 'signedIn' && state.user.mustChangePassword && location.pathname !== '/ganti-sandi') {
    return <Navigate to="/ganti-sandi" replace />;
  }
  return <>{children}</>;
}

/** Pages for some roles only. The API refuses the others anyway; this says so instead of showing empty pages. */
export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { t } = useTranslation();
  const { state } = useSession();
  if (state.status !== 'signedIn') return <RequireSignIn>{null}</RequireSignIn>;
  if (!roles.includes(state.user.role)) {
    return (
      <EmptyState title={t('auth.deniedTitle')}>
        <p>{t('auth.deniedBody', { roles: roles.map((r) => t(`role.${r}`)).join(', '), role: t(`role.${state.user.role}`) })}</p>
      </EmptyState>
    );
  }
  return <>{children}</>;
}
