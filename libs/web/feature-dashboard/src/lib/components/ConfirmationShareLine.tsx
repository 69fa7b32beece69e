import { useQuery } from '@apollo/client/react';
import type { CoverageFilter } from '@jangkau/web-data-access';
import { formatNumber, formatPercent, useTranslation } from '@jangkau/web-i18n';
import { DashboardConfirmationShareQuery } from '../graphql/confirmationShare.query';

/**
 * How many of the villages reached in the period their own government confirmed (and disputed, or left
 * unanswered): the figures are counted either way; this says how far the village governments stand behind them.
 */
export function ConfirmationShareLine({ filter }: { filter: CoverageFilter }) {
  const { t } = useTranslation();
  const { data } = useQuery(DashboardConfirmationShareQuery, { variables: { filter } });
  const share = data?.confirmationShare;
  if (!share) return null;
  return (
    <section className="confirmation-share" aria-labelledby="confirmation-share-title">
      <h2 id="confirmation-share-title">{t('confirmation.share.title')}</h2>
      {share.villagesReached === 0 ? (
        <p className="muted">{t('confirmation.share.none')}</p>
      ) : (
        <>
          <p data-testid="confirmation-share">
            {t('confirmation.share.line', { confirmed: formatNumber(share.confirmed), reached: formatNumber(share.villagesReached), ratio: formatPercent(share.ratio) })}
          </p>
          <p className="small muted">{t('confirmation.share.detail', { disputed: formatNumber(share.disputed), unanswered: formatNumber(share.unanswered) })}</p>
        </>
      )}
    </section>
  );
}
