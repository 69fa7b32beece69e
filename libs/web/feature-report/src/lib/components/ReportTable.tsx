import type { ReportFieldsFragment, ReportRowFieldsFragment } from '@jangkau/web-data-access';
import { formatDate, formatNumber, formatPercent, useTranslation } from '@jangkau/web-i18n';
import { Link } from 'react-router';
import { activityLink } from '../utils/activityLink';
import { formatChange, formatFigure } from '../utils/format';

type Row = ReportRowFieldsFragment;

/** Rows × indicators, with comparison, target and the standard reports' extra columns; the total row last. */
export function ReportTable({ report }: { report: ReportFieldsFragment }) {
  const { t } = useTranslation();
  const comparing = !!report.previousFrom;
  // Capaian (and a builder report asking for them) always has the target columns; others once a target exists.
  const hasTargets = report.withTargets || report.rows.some((row) => row.values.some((value) => value.target != null));
  const targetCell = (row: Row, text: (value: Row['values'][number]) => string) => (value: Row['values'][number]) =>
    // The total row has no target: targets belong to agencies. An agency row without one says "—".
    row.key === 'TOTAL' ? '' : value.target == null ? '—' : text(value);
  const extras = (
    [
      ['villagesNeverReached', 'report.table.neverReached'],
      ['villagesNotRecentlyReached', 'report.table.notRecentlyReached'],
      ['desaBinaan', 'report.table.desaBinaan'],
      ['desaBinaanActivities', 'report.table.desaBinaanActivities'],
      // Asked for (withConfirmation): the row's villages reached by their own government's answer; they add up to them.
      ['villagesConfirmed', 'report.table.villagesConfirmed'],
      ['villagesDisputed', 'report.table.villagesDisputed'],
      ['villagesUnanswered', 'report.table.villagesUnanswered'],
    ] as const
  ).filter(([field]) => [...report.rows, report.total].some((row) => row[field] != null));

  const cells = (row: Row) => (
    <>
      {report.columns.map((indicator) => {
        const value = row.values.find((v) => v.indicator === indicator);
        if (!value) return <td key={indicator} colSpan={1 + (comparing ? 2 : 0) + (hasTargets ? 4 : 0)} />;
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
              {targetCell(row, (v) => formatFigure(indicator, v.target!))(value)}
            </td>
          ),
          hasTargets && (
            <td key={`${indicator}-achieved`} className="num">
              {targetCell(row, (v) => (v.achieved == null ? '—' : formatFigure(indicator, v.achieved)))(value)}
            </td>
          ),
          hasTargets && (
            <td key={`${indicator}-progress`} className="num">
              {targetCell(row, (v) => (v.progress == null ? '—' : formatPercent(v.progress)))(value)}
            </td>
          ),
          hasTargets && (
            <td key={`${indicator}-status`}>
              {value.status && row.key !== 'TOTAL' ? (
                <span className={`target-status target-status--${value.status.toLowerCase()}`}>{t(`dashboard.target.status.${value.status}`)}</span>
              ) : (
                targetCell(row, () => '—')(value)
              )}
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
                <th key={`${indicator}-achieved`} scope="col">
                  {t('report.table.achieved')}
                </th>
              ),
              hasTargets && (
                <th key={`${indicator}-progress`} scope="col">
                  {t('report.table.progress')}
                </th>
              ),
              hasTargets && (
                <th key={`${indicator}-status`} scope="col">
                  {t('report.table.pacing')}
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
          {report.rows.map((row) => {
            const link = activityLink(report, row);
            return (
              <tr key={row.key}>
                <th scope="row">
                  {link ? (
                    <Link to={link} aria-label={t('report.table.openActivities', { label: row.label })}>
                      {row.label}
                    </Link>
                  ) : (
                    row.label
                  )}
                  {row.restricted && ' *'}
                </th>
                {cells(row)}
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr className="report-table__total">
            <th scope="row">{t('report.table.total')}</th>
            {cells(report.total)}
          </tr>
        </tfoot>
      </table>
      {hasTargets && <p className="report__note">{t('report.table.noTarget')}</p>}
    </div>
  );
}
