import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { formatDate, formatNumber, formatPercent, useTranslation } from '@jangkau/web-i18n';
import { LoadingState } from '@jangkau/web-ui';
import { MapActivitiesQuery } from '../graphql/mapActivities.query';
import { MapDesaBinaanQuery } from '../graphql/mapDesaBinaan.query';
import { MapConfirmationShareQuery } from '../graphql/mapConfirmationShare.query';
import type { RegionFigures } from '../utils/coverageClass';
import { activityRange } from '../utils/activityRange';

export const PANEL_ACTIVITIES = 10;

/**
 * The selected region (or, with none selected, the region in view): its figures, the verified activities of the
 * period there (the first ten, linked) and its Desa Binaan. Outside the working area: a note, and no queries.
 */
export function RegionPanel({
  code,
  name,
  figures,
  period,
  onClose,
  drillHref,
}: {
  code: string;
  name: string;
  figures: RegionFigures | null;
  period: { from: string; to: string };
  onClose?: () => void;
  drillHref?: string | null;
}) {
  const { t } = useTranslation();
  const inScope = figures !== null;
  const activities = useQuery(MapActivitiesQuery, {
    variables: { filter: { regionCode: code, statuses: ['VERIFIED'], ...activityRange(period) }, first: PANEL_ACTIVITIES },
    skip: !inScope,
  });
  const binaan = useQuery(MapDesaBinaanQuery, { variables: { regionCode: code }, skip: !inScope });
  const confirmation = useQuery(MapConfirmationShareQuery, { variables: { filter: { regionCode: code, from: period.from, to: period.to } }, skip: !inScope });
  const nodes = activities.data?.activities.nodes ?? [];
  const designations = binaan.data?.desaBinaan ?? [];

  return (
    <section className="map-panel" aria-label={t('map.panel.label')} data-code={code}>
      <header className="map-panel__head">
        <h2>{name}</h2>
        {onClose && (
          <button type="button" className="link-button" onClick={onClose} aria-label={t('map.panel.close')}>
            ×
          </button>
        )}
      </header>
      {!inScope ? (
        <p className="muted">{t('map.panel.outOfScope')}</p>
      ) : (
        <>
          <dl className="map-panel__figures">
            <div>
              <dt>{t('map.panel.reached')}</dt>
              <dd>
                {formatNumber(figures.villagesReached)} / {formatNumber(figures.villagesTotal)}
              </dd>
            </div>
            <div>
              <dt>{t('map.panel.ratio')}</dt>
              <dd>{formatPercent(figures.ratio)}</dd>
            </div>
            <div>
              <dt>{t('map.panel.lastReached')}</dt>
              <dd>{figures.lastReachedOn ? formatDate(figures.lastReachedOn, 'long') : t('map.panel.neverReached')}</dd>
            </div>
          </dl>
          {drillHref && (
            <p>
              <Link to={{ search: drillHref }}>{t('map.panel.drill', { name })}</Link>
            </p>
          )}
          <h3>{t('map.panel.activities')}</h3>
          {activities.loading ? (
            <LoadingState label={t('state.loading')} rows={2} />
          ) : nodes.length === 0 ? (
            <p className="muted small">{t('map.panel.noActivities')}</p>
          ) : (
            <>
              <ul className="map-panel__list">
                {nodes.map((a) => (
                  <li key={a.id}>
                    <Link to={`/kegiatan/${a.id}`}>{a.title}</Link>
                    <span className="small muted">
                      {' '}
                      · {formatDate(a.startsAt.slice(0, 10))} · {a.venueName}
                    </span>
                  </li>
                ))}
              </ul>
              {activities.data?.activities.pageInfo.hasNextPage && (
                <p className="small">
                  <Link to={`/kegiatan?${new URLSearchParams({ wilayah: code, status: 'VERIFIED', dari: period.from, sampai: period.to })}`}>{t('map.panel.moreActivities')}</Link>
                </p>
              )}
            </>
          )}
          <ConfirmationFigures code={code} share={confirmation.data?.confirmationShare ?? null} />
          <h3>{t('map.panel.binaan')}</h3>
          {binaan.loading ? (
            <LoadingState label={t('state.loading')} rows={1} />
          ) : designations.length === 0 ? (
            <p className="muted small">{t('map.panel.noBinaan')}</p>
          ) : (
            <ul className="map-panel__list">
              {designations.map((d) => (
                <li key={d.id}>
                  <strong>{d.village.name}</strong> · {d.agency.shortName}
                  <div className="small muted">
                    {t('map.panel.sk', { number: d.skNumber, date: formatDate(d.skDate) })} · {t('map.panel.officer', { name: d.officerName })}
                  </div>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

/**
 * What the governments of the reached villages answered (never part of the figures above): for a village its own
 * answer, for a larger region the count of each answer.
 */
function ConfirmationFigures({ code, share }: { code: string; share: { villagesReached: number; confirmed: number; disputed: number; unanswered: number } | null }) {
  const { t } = useTranslation();
  if (!share || share.villagesReached === 0) return null;
  const isVillage = code.split('.').length === 4;
  const villageStatus = share.confirmed > 0 ? 'CONFIRMED' : share.disputed > 0 ? 'DISPUTED' : 'UNANSWERED';
  return (
    <>
      <h3>{t('confirmation.map.title')}</h3>
      <p className="small" data-testid="map-confirmation">
        {isVillage
          ? t(`confirmation.map.village.${villageStatus}`)
          : t('confirmation.map.summary', {
              confirmed: formatNumber(share.confirmed),
              disputed: formatNumber(share.disputed),
              unanswered: formatNumber(share.unanswered),
              reached: formatNumber(share.villagesReached),
            })}
      </p>
    </>
  );
}
