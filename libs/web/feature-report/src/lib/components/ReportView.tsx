import type { ReportFieldsFragment, ReportInput } from '@jangkau/web-data-access';
import { ChartRenderer, RankedBarChart } from '@jangkau/web-charts';
import { formatDate, formatNumber, useTranslation } from '@jangkau/web-i18n';
import { EmptyState } from '@jangkau/web-ui';
import { formatFigure } from '../utils/format';
import { ParticipantsPerRow } from './ParticipantsPerRow';
import { ReportTable } from './ReportTable';
import { UnreachedVillages } from './UnreachedVillages';

/**
 * One report: the restricted notice, the table with its total note, Belum Terjangkau's villages (given the input
 * that ran it), the main indicator as a chart, participants.
 */
export function ReportView({ report, input = null }: { report: ReportFieldsFragment; input?: ReportInput | null }) {
  const { t } = useTranslation();
  const main = report.columns[0];
  return (
    <section className="report" aria-labelledby="report-title">
      <h2 id="report-title">{report.title}</h2>
      <p className="muted">
        {formatDate(report.from, 'long')} – {formatDate(report.to, 'long')}
        {report.previousFrom && report.previousTo && <> · {t('report.table.comparedWith', { from: formatDate(report.previousFrom), to: formatDate(report.previousTo) })}</>}
      </p>
      {report.restricted && (
        <p className="notice" role="note">
          {t('report.restricted')}
        </p>
      )}
      {report.hideEmptyRows && (
        <p className="muted report__hidden" role="note">
          {t('report.shape.hidden', {
            hidden: formatNumber(report.emptyRowsHidden),
            all: formatNumber(report.rows.length + report.emptyRowsHidden),
            rows: t(`report.shape.rowNoun.${report.rowKind}`),
          })}
        </p>
      )}
      {report.rows.length === 0 ? (
        <EmptyState title={t('report.empty')} />
      ) : (
        <>
          <ReportTable report={report} />
          {report.totalNote && <p className="report__note">{report.totalNote}</p>}
          <ParticipantsPerRow report={report} />
          {report.standard === 'BELUM_TERJANGKAU' && input && <UnreachedVillages key={JSON.stringify(input)} input={input} />}
          {main && (
            <ChartRenderer
              title={t(`dashboard.targets.indicator.${main}`)}
              loading={false}
              empty={report.rows.length === 0}
              emptyMessage={t('report.empty')}
              loadingLabel={t('report.loading')}
              errorTitle={t('report.error')}
            >
              <RankedBarChart
                data={report.rows.map((row) => ({ key: row.key, label: row.label, value: row.values.find((v) => v.indicator === main)?.value ?? 0 }))}
                valueLabel={t(`dashboard.targets.indicator.${main}`)}
                formatValue={(value) => formatFigure(main, value)}
              />
            </ChartRenderer>
          )}
        </>
      )}
      {report.participantsByCategory.length > 0 && (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t('dashboard.chart.participants.title')}>
          <table className="table">
            <caption>{t('dashboard.chart.participants.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.chart.participants.category')}</th>
                <th scope="col">{t('dashboard.chart.participants.male')}</th>
                <th scope="col">{t('dashboard.chart.participants.female')}</th>
                <th scope="col">{t('dashboard.chart.participants.total')}</th>
              </tr>
            </thead>
            <tbody>
              {report.participantsByCategory.map((row) => (
                <tr key={row.category}>
                  <th scope="row">{t(`activity.category.${row.category}`)}</th>
                  <td className="num">{formatNumber(row.male)}</td>
                  <td className="num">{formatNumber(row.female)}</td>
                  <td className="num">{formatNumber(row.male + row.female)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
