import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { errorMessage } from '@jangkau/web-data-access';
import { useTranslation } from '@jangkau/web-i18n';
import { EmptyState, useQueryState } from '@jangkau/web-ui';
import { ReportFromSavedQuery } from '../graphql/reportFromSaved.query';
import { definitionOf, inputOf } from '../hooks/useReportParams';
import { ExportButtons } from './ExportButtons';
import { ReportScheduleForm } from './ReportScheduleForm';
import { ReportView } from './ReportView';

/** /laporan/simpan/:id, a shared link: the saved report evaluated with the opener's rights, never the owner's. */
export function SavedReportPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(ReportFromSavedQuery, { variables: { id } });

  const state = useQueryState({
    loading,
    error,
    data,
    describeError: (e) => errorMessage(e, t),
    onRetry: () => void refetch(),
    loadingLabel: t('report.loading'),
    errorTitle: t('report.error'),
    errorHidesData: true,
  });
  if (state) return state;
  const saved = data?.savedReport;
  const report = data?.reportFromSaved;
  return (
    <section className="report-page">
      <p>
        <Link to="/laporan">{t('report.shared.back')}</Link>
      </p>
      <h1>{saved?.name ?? t('report.title')}</h1>
      {saved && <p className="muted">{t('report.shared.owner', { name: saved.ownerName })}</p>}
      {/* Said to whoever opens someone else's saved report; its owner sees their own rights anyway. */}
      {saved && !saved.mine && (
        <p className="notice" role="note">
          {t('report.shared.yourRights')}
        </p>
      )}
      {report ? (
        <>
          <ExportButtons source={{ savedId: id }} fileName={saved?.name ?? report.title} />
          <ReportView report={report} input={saved ? inputOf(definitionOf(saved.input)) : null} />
        </>
      ) : (
        <EmptyState title={t('report.shared.notFound')} />
      )}
      {saved?.mine && <ReportScheduleForm savedReportId={id} />}
    </section>
  );
}
