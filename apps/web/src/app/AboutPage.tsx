import { useQuery } from '@apollo/client/react';
import { errorMessage } from '@jangkau/web-data-access';
import { currentLanguage, useTranslation } from '@jangkau/web-i18n';
import { ErrorState, LoadingState } from '@jangkau/web-ui';
import { AboutPageQuery } from '../graphql/aboutPage.query';

/** What Jangkau is, and where its data comes from, with the licences it is used under. */
export function AboutPage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(AboutPageQuery);
  const version = data?.regionDataVersion;
  return (
    <article className="about">
      <h1>{t('about.title')}</h1>
      <p>{t('about.body')}</p>
      <h2>{t('about.dataTitle')}</h2>
      {loading && !data ? (
        <LoadingState label={t('state.loading')} rows={2} />
      ) : error ? (
        <ErrorState title={t('state.errorTitle')} message={errorMessage(error, t)} retryLabel={t('state.retry')} onRetry={() => void refetch()} />
      ) : (
        <p>
          {version
            ? t('about.regionsSource', {
                source: version.source,
                version: version.version,
                loadedAt: new Date(version.loadedAt).toLocaleString(currentLanguage() === 'en' ? 'en-GB' : 'id-ID'),
              })
            : t('about.notLoaded')}
        </p>
      )}
      <p>{t('about.regionsLicence')}</p>
      <p>
        <a href="https://opendatacommons.org/licenses/odbl/1-0/" rel="noopener noreferrer" target="_blank">
          Open Database License (ODbL) v1.0
        </a>
      </p>
      {data && (
        <>
          <h3>{t('about.boundariesTitle')}</h3>
          {data.boundarySets.length === 0 ? (
            <p>{t('about.boundariesNone')}</p>
          ) : (
            <ul>
              {data.boundarySets.map((set) => (
                <li key={set.id}>
                  <details>
                    <summary>
                      {t(`boundaries.levels.${set.level}`)}: {set.source} ({t('about.boundariesRegions', { count: set.regionCount })})
                    </summary>
                    <pre className="licence-text">{set.licence}</pre>
                  </details>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </article>
  );
}
