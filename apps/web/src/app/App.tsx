import { Navigate, Route, Routes } from 'react-router';
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
        <Route path="tentang" element={<AboutPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
