import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { NavLink, Outlet } from 'react-router';
import { LANGUAGES, setLanguage, useTranslation, type AppLanguage } from '@jangkau/web-i18n';

/** Header with the product name, the pages that exist, and the language switch; the page below. */
export function AppShell() {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const [menuOpen, setMenuOpen] = useState(false);

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
      <header className="shell__header">
        <NavLink to="/wilayah" className="brand">
          <img src="/favicon.svg" alt="" width="28" height="28" />
          <span>
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </span>
        </NavLink>
        <button
          type="button"
          className="shell__menu-button"
          aria-expanded={menuOpen}
          aria-controls="main-nav"
          onClick={() => setMenuOpen((open) => !open)}
        >
          {t('app.menu')}
        </button>
        <nav id="main-nav" className={`shell__nav${menuOpen ? ' is-open' : ''}`} aria-label={t('app.menu')}>
          <NavLink to="/wilayah" onClick={() => setMenuOpen(false)}>
            {t('app.nav.regions')}
          </NavLink>
          <NavLink to="/tentang" onClick={() => setMenuOpen(false)}>
            {t('app.nav.about')}
          </NavLink>
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
      <main id="main" className="shell__main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
