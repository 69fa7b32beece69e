import { Link } from 'react-router';
import { isVillageLevel, type RegionLevel } from '@jangkau/shared-domain';
import { ChartDataTable, ChartRenderer, CoverageByRegionChart, MonthlyTrendChart, RankedBarChart, SexStackedBarChart, sortLowestFirst, type CoverageBarDatum } from '@jangkau/web-charts';
import type { DashboardQuery } from '@jangkau/web-data-access';
import { formatDate, formatMonth, formatNumber, formatPercent, useTranslation } from '@jangkau/web-i18n';

type Dashboard = NonNullable<DashboardQuery['dashboard']>;

/** Monthly trend, coverage by child region, activities by programme item and by type, participants by sex. */
export function DashboardCharts({
  dashboard,
  drillHref,
  onDrill,
}: {
  dashboard: Dashboard;
  /** The dashboard link for a child region (keeps period and filters). */
  drillHref: (code: string) => { search: string };
  onDrill: (code: string) => void;
}) {
  const { t } = useTranslation();
  const frame = { loading: false, loadingLabel: t('dashboard.chart.loading'), errorTitle: t('chart.errorTitle'), emptyMessage: t('dashboard.chart.empty') };
  const tableSummary = t('dashboard.chart.table');

  // Months of two years read "Jan 2025"; of one year, "Jan".
  const years = new Set(dashboard.monthly.map((m) => m.month.slice(0, 4)));
  const monthly = dashboard.monthly.map((m) => ({
    key: m.month,
    label: formatMonth(m.month, { year: years.size > 1 }),
    activities: m.activities,
    villagesReached: m.villagesReached,
    participants: m.participants,
  }));
  const busiest = monthly.reduce<(typeof monthly)[number] | null>((best, m) => (!best || m.activities > best.activities ? m : best), null);

  const coverage: (CoverageBarDatum & { lastReachedOn: string | null })[] = dashboard.coverage.children.map((c) => ({
    key: c.region.code,
    label: c.region.name,
    reached: c.villagesReached,
    total: c.villagesTotal,
    ratio: c.ratio,
    drillable: !isVillageLevel(c.region.level as RegionLevel),
    lastReachedOn: c.lastReachedOn,
  }));
  const coverageSorted = sortLowestFirst(coverage);
  const lowest = coverageSorted[0];
  const highest = coverageSorted[coverageSorted.length - 1];
  const describe = (d: CoverageBarDatum) => t('dashboard.chart.coverage.describe', { reached: formatNumber(d.reached), total: formatNumber(d.total), ratio: formatPercent(d.ratio) });

  const byItem = dashboard.byProgrammeItem.map((row) => ({
    key: row.item.id,
    label: t('dashboard.chart.byItem.label', { number: row.item.number, title: row.item.title }),
    value: row.activities,
    framework: row.item.frameworkName,
  }));
  const byType = dashboard.byType.map((row) => ({ key: row.type, label: t(`activity.type.${row.type}`), value: row.activities }));
  const top = <T extends { label: string; value: number }>(rows: T[]) => rows.reduce<T | null>((best, r) => (!best || r.value > best.value ? r : best), null);
  const topItem = top(byItem);
  const topType = top(byType);

  const participants = dashboard.participantsByCategory.map((row) => ({ key: row.category, label: t(`activity.category.${row.category}`), male: row.male, female: row.female }));
  const male = participants.reduce((s, r) => s + r.male, 0);
  const female = participants.reduce((s, r) => s + r.female, 0);

  return (
    <div className="dashboard-charts">
      <div className="dashboard-charts__wide">
        <ChartRenderer
          {...frame}
          title={t('dashboard.chart.monthly.title')}
          empty={monthly.length === 0}
          dataTable={
            <ChartDataTable
              summary={tableSummary}
              caption={t('dashboard.chart.monthly.title')}
              columns={[
                { key: 'month', label: t('dashboard.chart.monthly.month') },
                { key: 'activities', label: t('dashboard.chart.monthly.activities'), numeric: true },
                { key: 'villages', label: t('dashboard.chart.monthly.villages'), numeric: true },
                { key: 'participants', label: t('dashboard.chart.monthly.participants'), numeric: true },
              ]}
              rows={monthly.map((m) => ({
                key: m.key,
                cells: [formatMonth(m.key, { long: true, year: true }), formatNumber(m.activities), formatNumber(m.villagesReached), formatNumber(m.participants)],
              }))}
            />
          }
        >
          <MonthlyTrendChart
            data={monthly}
            summary={t('dashboard.chart.monthly.summary', {
              count: monthly.length,
              busiest: busiest ? formatMonth(busiest.key, { long: true, year: true }) : '',
              activities: formatNumber(busiest?.activities ?? 0),
            })}
            activitiesLabel={t('dashboard.chart.monthly.activities')}
            villagesLabel={t('dashboard.chart.monthly.villages')}
            axisTitles={{ month: t('dashboard.chart.monthly.axisMonth'), activities: t('dashboard.chart.monthly.axisActivities'), villages: t('dashboard.chart.monthly.axisVillages') }}
            formatValue={formatNumber}
          />
        </ChartRenderer>
      </div>

      <div className="dashboard-charts__wide">
        <ChartRenderer
          {...frame}
          title={t('dashboard.chart.coverage.title')}
          empty={coverage.length === 0}
          dataTable={
            <ChartDataTable
              summary={tableSummary}
              caption={t('dashboard.chart.coverage.title')}
              columns={[
                { key: 'region', label: t('dashboard.chart.coverage.region') },
                { key: 'reached', label: t('dashboard.chart.coverage.reached'), numeric: true },
                { key: 'total', label: t('dashboard.chart.coverage.total'), numeric: true },
                { key: 'ratio', label: t('dashboard.chart.coverage.ratio'), numeric: true },
                { key: 'last', label: t('dashboard.chart.coverage.lastReached') },
              ]}
              rows={coverageSorted.map((c) => ({
                key: c.key,
                cells: [
                  c.drillable ? (
                    <Link to={drillHref(c.key)} aria-label={t('dashboard.chart.coverage.drill', { name: c.label })}>
                      {c.label}
                    </Link>
                  ) : (
                    <Link to={`/wilayah/${c.key}`}>{c.label}</Link>
                  ),
                  formatNumber(c.reached),
                  formatNumber(c.total),
                  formatPercent(c.ratio),
                  c.lastReachedOn ? formatDate(c.lastReachedOn) : '–',
                ],
              }))}
            />
          }
        >
          {coverage.some((c) => c.drillable) && <p className="small muted chart__hint">{t('dashboard.chart.coverage.hint')}</p>}
          <CoverageByRegionChart
            data={coverage}
            summary={
              lowest && highest
                ? t('dashboard.chart.coverage.summary', {
                    count: coverage.length,
                    lowest: lowest.label,
                    lowestRatio: formatPercent(lowest.ratio),
                    highest: highest.label,
                    highestRatio: formatPercent(highest.ratio),
                  })
                : ''
            }
            valueLabel={t('dashboard.chart.coverage.value')}
            formatRatio={(r) => formatPercent(r, 0)}
            describe={describe}
            onSelect={onDrill}
            hrefFor={(code) => drillHref(code).search}
            linkLabel={(d) => t('dashboard.chart.coverage.drill', { name: d.label })}
          />
        </ChartRenderer>
      </div>

      <ChartRenderer
        {...frame}
        title={t('dashboard.chart.byItem.title')}
        empty={byItem.length === 0}
        dataTable={
          <ChartDataTable
            summary={tableSummary}
            caption={t('dashboard.chart.byItem.title')}
            columns={[
              { key: 'item', label: t('dashboard.chart.byItem.item') },
              { key: 'activities', label: t('dashboard.chart.activities'), numeric: true },
            ]}
            rows={byItem.map((r) => ({ key: r.key, cells: [`${r.label} (${r.framework})`, formatNumber(r.value)] }))}
          />
        }
      >
        <RankedBarChart
          data={byItem}
          valueLabel={t('dashboard.chart.activities')}
          formatValue={formatNumber}
          summary={t('dashboard.chart.byItem.summary', { count: byItem.length, top: topItem?.label ?? '', activities: formatNumber(topItem?.value ?? 0) })}
        />
      </ChartRenderer>

      <ChartRenderer
        {...frame}
        title={t('dashboard.chart.byType.title')}
        empty={byType.length === 0}
        dataTable={
          <ChartDataTable
            summary={tableSummary}
            caption={t('dashboard.chart.byType.title')}
            columns={[
              { key: 'type', label: t('dashboard.chart.byType.type') },
              { key: 'activities', label: t('dashboard.chart.activities'), numeric: true },
            ]}
            rows={byType.map((r) => ({ key: r.key, cells: [r.label, formatNumber(r.value)] }))}
          />
        }
      >
        <RankedBarChart
          data={byType}
          valueLabel={t('dashboard.chart.activities')}
          formatValue={formatNumber}
          summary={t('dashboard.chart.byType.summary', { count: byType.length, top: topType?.label ?? '', activities: formatNumber(topType?.value ?? 0) })}
        />
      </ChartRenderer>

      <div className="dashboard-charts__wide">
        <ChartRenderer
          {...frame}
          title={t('dashboard.chart.participants.title')}
          empty={participants.length === 0 || male + female === 0}
          dataTable={
            <ChartDataTable
              summary={tableSummary}
              caption={t('dashboard.chart.participants.title')}
              columns={[
                { key: 'category', label: t('dashboard.chart.participants.category') },
                { key: 'male', label: t('dashboard.chart.participants.male'), numeric: true },
                { key: 'female', label: t('dashboard.chart.participants.female'), numeric: true },
                { key: 'total', label: t('dashboard.chart.participants.total'), numeric: true },
              ]}
              rows={participants.map((r) => ({ key: r.key, cells: [r.label, formatNumber(r.male), formatNumber(r.female), formatNumber(r.male + r.female)] }))}
            />
          }
        >
          <SexStackedBarChart
            data={participants}
            summary={t('dashboard.chart.participants.summary', { male: formatNumber(male), female: formatNumber(female), count: participants.length })}
            maleLabel={t('dashboard.chart.participants.male')}
            femaleLabel={t('dashboard.chart.participants.female')}
            formatValue={formatNumber}
          />
        </ChartRenderer>
      </div>
    </div>
  );
}
