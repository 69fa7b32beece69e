import { ChartRenderer, RankedBarChart } from '@jangkau/web-charts';
import { shortRegionName, type RegionLevel } from '@jangkau/shared-domain';
import type { RegionSummaryFragment } from '@jangkau/web-data-access';
import { formatNumber, useTranslation } from '@jangkau/web-i18n';

/** How the villages (the coverage denominator) are spread over the child regions. */
export function VillagesChart({ items }: { items: RegionSummaryFragment[] }) {
  const { t } = useTranslation();
  const data = items.map((r) => ({ key: r.code, label: shortRegionName(r.name, r.level as RegionLevel), value: r.villageCount }));
  return (
    <ChartRenderer
      title={t('region.chartTitle')}
      loading={false}
      empty={data.every((d) => d.value === 0)}
      emptyMessage={t('region.chartEmpty')}
      loadingLabel={t('state.loading')}
      errorTitle={t('chart.errorTitle')}
    >
      <RankedBarChart data={data} valueLabel={t('region.villagesAxis')} formatValue={formatNumber} />
    </ChartRenderer>
  );
}
