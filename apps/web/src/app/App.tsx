import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { useSession, type Role } from '@jangkau/web-data-access';
import { ActivitiesPage, ActivityFormPage, ActivityPage, CalendarPage, ImportPage, WorkQueue } from '@jangkau/web-feature-activity';
import { AgenciesPage, AuditLogPage, BoundariesPage, OutgoingMailPage, UsersPage } from '@jangkau/web-feature-admin';
import { ChangePasswordPage, LoginPage, RequireRole, RequireSignIn } from '@jangkau/web-feature-auth';
import { NotificationSettingsPage, NotificationsPage } from '@jangkau/web-feature-notification';
import { DesaBinaanPage, ProgrammeAdminPage } from '@jangkau/web-feature-programme';
import { WilayahPage } from '@jangkau/web-feature-region';
import { useTranslation } from '@jangkau/web-i18n';
import { LoadingState } from '@jangkau/web-ui';
import { AboutPage } from './AboutPage';
import { AppShell } from './AppShell';
import { NotFoundPage } from './NotFoundPage';
import { TARGET_READERS } from './roles';
import { CONFIRMATION_ROLES, ConfirmationPage, OfflineProvider, OutboxPage } from '@jangkau/web-feature-activity';

/** A page for signed-in people of some roles only. */
function guarded(roles: Role[], page: ReactNode) {
  return (
    <RequireSignIn>
      <RequireRole roles={roles}>{page}</RequireRole>
    </RequireSignIn>
  );
}

// Loaded when first opened: the dashboard and its charts are the heaviest pages, and the region browser (the
// signed-out front door) should not wait for them.
const DashboardPage = lazy(() => import('@jangkau/web-feature-dashboard').then((m) => ({ default: m.DashboardPage })));
// The map brings Leaflet: loaded only when the map is opened.
const MapPage = lazy(() => import('@jangkau/web-feature-map').then((m) => ({ default: m.MapPage })));
const ReportPage = lazy(() => import('@jangkau/web-feature-report').then((m) => ({ default: m.ReportPage })));
const SavedReportPage = lazy(() => import('@jangkau/web-feature-report').then((m) => ({ default: m.SavedReportPage })));
const TargetsPage = lazy(() => import('@jangkau/web-feature-dashboard').then((m) => ({ default: m.TargetsPage })));

const READERS: Role[] = ['ADMIN', 'HEAD', 'OFFICER', 'LOCAL', 'VIEWER'];
/** Who records activities: heads and officers of an agency (the API enforces the same). */
const WRITERS: Role[] = ['HEAD', 'OFFICER'];

function LazyPage({ page }: { page: ReactNode }) {
  const { t } = useTranslation();
  return <Suspense fallback={<LoadingState label={t('state.loading')} rows={4} />}>{page}</Suspense>;
}

/** The front door: signed-in people land on their dashboard, everyone else on the region browser. */
function Home() {
  const { t } = useTranslation();
  const { state } = useSession();
  if (state.status === 'restoring') return <LoadingState label={t('state.loading')} rows={4} />;
  return <Navigate to={state.status === 'signedIn' ? '/dasbor' : '/wilayah'} replace />;
}

export function App() {
  return (
    // The device's queue and offline reference data, for whoever is signed in.
    <OfflineProvider>
      <Routes>
        <Route element={<AppShell />}>
          <Route index element={<Home />} />
          <Route
            path="dasbor"
            element={guarded(
              READERS,
              <>
                {/* Signed-in people land here: what waits for them comes first. */}
                <WorkQueue />
                <LazyPage page={<DashboardPage />} />
              </>,
            )}
          />
          <Route path="peta" element={guarded(READERS, <LazyPage page={<MapPage />} />)} />
          <Route path="laporan" element={guarded(READERS, <LazyPage page={<ReportPage />} />)} />
          <Route path="laporan/simpan/:id" element={guarded(READERS, <LazyPage page={<SavedReportPage />} />)} />
          <Route path="target" element={guarded(TARGET_READERS, <LazyPage page={<TargetsPage />} />)} />
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
          <Route path="kegiatan" element={guarded(READERS, <ActivitiesPage />)} />
          <Route path="kegiatan/kalender" element={guarded(READERS, <CalendarPage />)} />
          <Route path="kegiatan/baru" element={guarded(WRITERS, <ActivityFormPage />)} />
          <Route path="kegiatan/impor" element={guarded(WRITERS, <ImportPage />)} />
          <Route path="kegiatan/antrean" element={guarded(WRITERS, <OutboxPage />)} />
          <Route path="kegiatan/:id" element={guarded(READERS, <ActivityPage />)} />
          <Route path="kegiatan/:id/ubah" element={guarded(WRITERS, <ActivityFormPage />)} />
          <Route path="admin/instansi" element={guarded(['ADMIN'], <AgenciesPage />)} />
          <Route path="admin/pengguna" element={guarded(['ADMIN'], <UsersPage />)} />
          <Route path="admin/program" element={guarded(['ADMIN'], <ProgrammeAdminPage />)} />
          <Route path="admin/batas-wilayah" element={guarded(['ADMIN'], <BoundariesPage />)} />
          <Route path="admin/surel" element={guarded(['ADMIN'], <OutgoingMailPage />)} />
          <Route path="pemberitahuan" element={guarded(READERS, <NotificationsPage />)} />
          <Route path="pemberitahuan/pengaturan" element={guarded(READERS, <NotificationSettingsPage />)} />
          <Route path="desa-binaan" element={guarded(READERS, <DesaBinaanPage />)} />
          <Route path="audit" element={guarded(['ADMIN', 'HEAD'], <AuditLogPage />)} />
          <Route path="konfirmasi" element={guarded(CONFIRMATION_ROLES, <ConfirmationPage />)} />
          <Route path="tentang" element={<AboutPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </OfflineProvider>
  );
}
