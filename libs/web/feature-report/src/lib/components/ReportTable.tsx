import type { ReportFieldsFragment, ReportRowFieldsFragment } from '@jangkau/web-data-access';
import { formatDate, formatNumber, useTranslation } from '@jangkau/web-i18n';
import { formatChange, formatFigure } from '../utils/format';

type Row = ReportRowFieldsFragment;

/** Rows × indicators, with comparison, target and the standard reports' extra columns; the total row last. */
export function ReportTable({ report }: { report: ReportFieldsFragment }) {
  const { t } = useTranslation();
  const comparing = !!report.previousFrom;
  const hasTargets = report.rows.some((row) => row.values.some((value) => value.target != null));
  const extras = (
    [
      ['villagesNeverReached', 'report.table.neverReached'],
      ['villagesNotRecentlyReached', 'report.table.notRecentlyReached'],
      ['desaBinaan', 'report.table.desaBinaan'],
      ['desaBinaanActivities', 'report.table.desaBinaanActivities'],
    ] as const
  ).filter(([field]) => [...report.rows, report.total].some((row) => row[field] != null));

  const cells = (row: Row) => (
    <>
      {report.columns.map((indicator) => {
        const value = row.values.find((v) => v.indicator === indicator);
        if (!value) return <td key={indicator} colSpan={1 + (comparing ? 2 : 0) + (hasTargets ? 2 : 0)} />;
        return [
          <td key={indicator} className="num">
            {formatFigure(indicator, value.value)}
          </td>,
          comparing && (
            <td key={`${indicator}-previous`} className="num">
              {value.previous == null ? '–' : formatFigure(indicator, value.previous)}
            </td>
          ),
          comparing && (
            <td key={`${indicator}-change`} className={`num report-table__change--${(value.direction ?? 'SAME').toLowerCase()}`}>
              {value.change == null ? '–' : formatChange(indicator, value.change)}
              {value.direction && value.direction !== 'SAME' && <span className="visually-hidden"> {t(value.direction === 'UP' ? 'report.table.up' : 'report.table.down')}</span>}
            </td>
          ),
          hasTargets && (
            <td key={`${indicator}-target`} className="num">
              {value.target == null ? '–' : formatFigure(indicator, value.target)}
            </td>
          ),
          hasTargets && (
            <td key={`${indicator}-status`}>
              {value.status ? <span className={`target-status target-status--${value.status.toLowerCase()}`}>{t(`dashboard.target.status.${value.status}`)}</span> : '–'}
            </td>
          ),
        ];
      })}
      {extras.map(([field]) => (
        <td key={field} className="num">
          {row[field] == null ? '–' : formatNumber(row[field])}
        </td>
      ))}
    </>
  );

  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={report.title}>
      <table className="table">
        <caption>{t('report.table.caption', { title: report.title, from: formatDate(report.from), to: formatDate(report.to) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t(`report.rows.${report.rowKind}`)}</th>
            {report.columns.map((indicator) => [
              <th key={indicator} scope="col">
                {t(`dashboard.targets.indicator.${indicator}`)}
              </th>,
              comparing && (
                <th key={`${indicator}-previous`} scope="col">
                  {t('report.table.previous')}
                </th>
              ),
              comparing && (
                <th key={`${indicator}-change`} scope="col">
                  {t('report.table.change')}
                </th>
              ),
              hasTargets && (
                <th key={`${indicator}-target`} scope="col">
                  {t('report.table.target')}
                </th>
              ),
              hasTargets && (
                <th key={`${indicator}-status`} scope="col">
                  {t('report.table.status')}
                </th>
              ),
            ])}
            {extras.map(([field, label]) => (
              <th key={field} scope="col">
                {t(label)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">
                {row.label}
                {row.restricted && ' *'}
              </th>
              {cells(row)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="report-table__total">
            <th scope="row">{t('report.table.total')}</th>
            {cells(report.total)}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
