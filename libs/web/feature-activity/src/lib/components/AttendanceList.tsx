import { attendanceHome } from '@jangkau/shared-domain';
import type { ActivityDetailFragment } from '@jangkau/web-data-access';
import { formatNumber, useTranslation } from '@jangkau/web-i18n';
import { DataTable } from '@jangkau/web-ui';
import { useRegionName } from '../hooks/useRegionName';

/**
 * Where the activity's participants count: the attendance attributed to each region, and the rest, not itemised,
 * counted where all its villages lie (the same rule as the figures: libs/shared/domain attendance.ts).
 */
export function AttendanceList({ activity }: { activity: ActivityDetailFragment }) {
  const { t } = useTranslation();
  const home = attendanceHome(
    activity.villages.map((v) => v.code),
    activity.venueRegionCode,
  );
  const homeName = useRegionName(home);
  if (activity.participantTotals.total === 0) return null;
  const attributed = activity.attendance.reduce((s, r) => s + r.total, 0);
  const rest = activity.participantTotals.total - attributed;
  return (
    <div className="attendance-list">
      <h3>{t('activity.attendance.pageTitle')}</h3>
      {activity.attendance.length === 0 ? (
        <p className="muted">{t('activity.attendance.pageNone', { home: homeName })}</p>
      ) : (
        <>
          <DataTable
            caption={t('activity.attendance.pageTitle')}
            captionHidden
            rows={activity.attendance}
            rowKey={(r) => `${r.agency.id}|${r.regionCode}|${r.category}`}
            columns={[
              {
                key: 'region',
                header: t('activity.attendance.region'),
                rowHeader: true,
                cell: (r) => (
                  <>
                    {r.regionLevel === 'KECAMATAN' ? `${t('level.KECAMATAN')} ` : ''}
                    {r.regionName}
                  </>
                ),
              },
              { key: 'category', header: t('activity.field.participants'), cell: (r) => t(`activity.category.${r.category}`) },
              {
                key: 'people',
                header: t('activity.attendance.people'),
                align: 'end',
                cell: (r) => (
                  <>
                    {formatNumber(r.total)}
                    {r.female > 0 && <span className="muted small"> ({t('activity.attendance.other', { male: formatNumber(r.male), female: formatNumber(r.female) })})</span>}
                  </>
                ),
              },
            ]}
          />
          {rest > 0 && <p className="muted small">{t('activity.attendance.pageRest', { count: formatNumber(rest), home: homeName })}</p>}
        </>
      )}
    </div>
  );
}
