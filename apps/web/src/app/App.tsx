import { Navigate, Route, Routes } from 'react-router';
import { AgenciesPage, AuditLogPage, UsersPage } from '@jangkau/web-feature-admin';
import { ChangePasswordPage, LoginPage, RequireRole, RequireSignIn } from '@jangkau/web-feature-auth';
import { WilayahPage } from '@jangkau/web-feature-region';
import { AboutPage } from './AboutPage';
import { AppShell } from './AppShell';
import { NotFoundPage } from './NotFoundPage';

export function App() {
  return (
    <Routes>
      <Route element={<AppShell />}>
        <Route index element={<Navigate to="/wilayah" replace />} />
        <Route path="wilayah" element={<WilayahPage />} />
        <Route path="wilayah/:code" element={<WilayahPage />} />
        <Route path="masuk" element={<LoginPage />} />
        <Route
          path="ganti-sandi"
          element={
            <RequireSignIn>
              <ChangePasswordPage />
            </RequireSignIn>
          }
        />
        <Route
          path="admin/instansi"
          element={
            <RequireSignIn>
              <RequireRole roles={['ADMIN']}>
                <AgenciesPage />
              </RequireRole>
            </RequireSignIn>
          }
        />
        <Route
          path="admin/pengguna"
          element={
            <RequireSignIn>
              <RequireRole roles={['ADMIN']}>
                <UsersPage />
              </RequireRole>
            </RequireSignIn>
          }
        />
        <Route
          path="audit"
          element={
            <RequireSignIn>
              <RequireRole roles={['ADMIN', 'HEAD']}>
                <AuditLogPage />
              </RequireRole>
            </RequireSignIn>
          }
        />
        <Route path="tentang" element={<AboutPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
