import { useApolloClient, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { useSession } from '@jangkau/web-data-access';
import { AppInfoQuery, SessionExpiredDialog } from '@jangkau/web-feature-auth';
import { LANGUAGES, setLanguage, useTranslation, type AppLanguage } from '@jangkau/web-i18n';
import { TARGET_READERS } from './roles';
import { ConfirmationNavLink, OutboxIndicator } from '@jangkau/web-feature-activity';
import { NotificationBell } from '@jangkau/web-feature-notification';
import { ChunkErrorBoundary } from '../pwa/ChunkErrorBoundary';
import { OfflineBanner } from '../pwa/OfflineBanner';
import { UpdatePrompt } from '../pwa/UpdatePrompt';

/** Header with the product name, the pages that exist, and the language switch; the page below. */
export function AppShell() {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const [menuOpen, setMenuOpen] = useState(false);
  const { state, signOut } = useSession();
  const navigate = useNavigate();
  const { data: info } = useQuery(AppInfoQuery);
  const user = state.status === 'signedIn' ? state.user : null;
  const close = () => setMenuOpen(false);

  const changeLanguage = async (language: AppLanguage) => {
    await setLanguage(language);
    // Server-side messages (errors) come in the request's language: ask again in the new one.
    await client.refetchQueries({ include: 'active' });
  };

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      {info?.appInfo.demoMode && (
        <p className="demo-banner" role="note">
          {t('auth.demoBanner')}
        </p>
      )}
      <header className="shell__header">
        <NavLink to="/wilayah" className="brand">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span>
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </span>
        </NavLink>
        {/* Outside the menu: on a phone the bell stays beside the menu button. */}
        {user && <NotificationBell onClick={close} />}
        {/* What waits on this device to be sent (nothing shows when the queue is empty). */}
        {user && <OutboxIndicator />}
        <button type="button" className="shell__menu-button" aria-expanded={menuOpen} aria-controls="main-nav" onClick={() => setMenuOpen((open) => !open)}>
          {t('app.menu')}
        </button>
        <nav id="main-nav" className={`shell__nav${menuOpen ? ' is-open' : ''}`} aria-label={t('app.menu')}>
          {user && (
            <NavLink to="/dasbor" onClick={close}>
              {t('dashboard.nav')}
            </NavLink>
          )}
          {user && (
            <NavLink to="/peta" onClick={close}>
              {t('map.nav')}
            </NavLink>
          )}
          {user && (
            <NavLink to="/laporan" onClick={close}>
              {t('report.nav')}
            </NavLink>
          )}
          {user && TARGET_READERS.includes(user.role) && (
            <NavLink to="/target" onClick={close}>
              {t('dashboard.targets.nav')}
            </NavLink>
          )}
          <NavLink to="/wilayah" onClick={close}>
            {t('app.nav.regions')}
          </NavLink>
          {user && (
            <NavLink to="/kegiatan" onClick={close}>
              {t('activity.nav')}
            </NavLink>
          )}
          {user && <ConfirmationNavLink onClick={close} />}
          {user && (
            <NavLink to="/desa-binaan" onClick={close}>
              {t('programme.desaBinaan.nav')}
            </NavLink>
          )}
          {user?.role === 'ADMIN' && (
            <>
              <NavLink to="/admin/instansi" onClick={close}>
                {t('admin.agencies')}
              </NavLink>
              <NavLink to="/admin/pengguna" onClick={close}>
                {t('admin.users')}
              </NavLink>
              <NavLink to="/admin/program" onClick={close}>
                {t('programme.admin.nav')}
              </NavLink>
              <NavLink to="/admin/batas-wilayah" onClick={close}>
                {t('boundaries.nav')}
              </NavLink>
              <NavLink to="/admin/surel" onClick={close}>
                {t('notification.mail.nav')}
              </NavLink>
            </>
          )}
          {(user?.role === 'ADMIN' || user?.role === 'HEAD') && (
            <NavLink to="/audit" onClick={close}>
              {t('admin.audit')}
            </NavLink>
          )}
          <NavLink to="/tentang" onClick={close}>
            {t('app.nav.about')}
          </NavLink>
          {user ? (
            <div className="user-box">
              <span className="user-box__who" title={user.agency?.name ?? ''}>
                <span className="user-box__name">{user.fullName}</span>
                <span className="user-box__meta">
                  {user.agency?.shortName} · {t(`role.${user.role}`)}
                </span>
              </span>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  close();
                  void signOut().then(() => navigate('/wilayah'));
                }}
              >
                {t('auth.signOut')}
              </button>
            </div>
          ) : (
            <NavLink to="/masuk" onClick={close}>
              {t('auth.signIn')}
            </NavLink>
          )}
          <div className="language-switch" role="group" aria-label={t('app.language.label')}>
            {LANGUAGES.map((language) => (
              <button
                key={language}
                type="button"
                lang={language}
                aria-pressed={i18n.language === language}
                title={t(`app.language.${language}`)}
                onClick={() => void changeLanguage(language)}
              >
                {language.toUpperCase()}
              </button>
            ))}
          </div>
        </nav>
      </header>
      <OfflineBanner />
      <main id="main" className="shell__main" tabIndex={-1}>
        <ChunkErrorBoundary>
          <Outlet />
        </ChunkErrorBoundary>
      </main>
      <SessionExpiredDialog />
      <UpdatePrompt />
    </div>
  );
}
