import type { ReportFieldsFragment } from '@jangkau/web-data-access';
import { formatNumber, useTranslation } from '@jangkau/web-i18n';
import { Fragment } from 'react';

type Row = ReportFieldsFragment['rows'][number];

/**
 * Each row's participants by category and sex, folded away under the main table (it is wide): a category's men
 * and women side by side, the row's sums last, the total row at the foot. Only when the report shows participants.
 * The table scrolls sideways inside its own container on a phone, never the page.
 */
export function ParticipantsPerRow({ report }: { report: ReportFieldsFragment }) {
  const { t } = useTranslation();
  const categories = report.total.participantsByCategory.map((p) => p.category);
  if (!report.columns.includes('PARTICIPANTS') || categories.length === 0) return null;
  const count = (row: Row, category: string) => row.participantsByCategory.find((p) => p.category === category) ?? { male: 0, female: 0 };
  const sexes = () => (
    <>
      <th scope="col">
        <abbr title={t('report.shape.maleLong')}>{t('report.shape.male')}</abbr>
      </th>
      <th scope="col">
        <abbr title={t('report.shape.femaleLong')}>{t('report.shape.female')}</abbr>
      </th>
    </>
  );
  const cells = (row: Row) => {
    const male = row.participantsByCategory.reduce((s, p) => s + p.male, 0);
    const female = row.participantsByCategory.reduce((s, p) => s + p.female, 0);
    return (
      <>
        {categories.map((category) => [
          <td key={`${category}-male`} className="num">
            {formatNumber(count(row, category).male)}
          </td>,
          <td key={`${category}-female`} className="num">
            {formatNumber(count(row, category).female)}
          </td>,
        ])}
        <td className="num">{formatNumber(male)}</td>
        <td className="num">{formatNumber(female)}</td>
        <td className="num">{formatNumber(male + female)}</td>
      </>
    );
  };
  return (
    <details className="report__per-row">
      <summary>{t('report.shape.perRow')}</summary>
      <div className="table-wrap" tabIndex={0} role="region" aria-label={t('report.shape.perRow')}>
        <table className="table">
          <caption>{t('report.shape.perRowCaption')}</caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                {t(`report.rows.${report.rowKind}`)}
              </th>
              {categories.map((category) => (
                <th key={category} scope="colgroup" colSpan={2}>
                  {t(`activity.category.${category}`)}
                </th>
              ))}
              <th scope="colgroup" colSpan={3}>
                {t('report.shape.allOf')}
              </th>
            </tr>
            <tr>
              {categories.map((category) => (
                <Fragment key={category}>{sexes()}</Fragment>
              ))}
              {sexes()}
              <th scope="col">{t('report.shape.all')}</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
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
    </details>
  );
}
