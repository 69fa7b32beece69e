import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { errorMessage } from '@jangkau/web-data-access';
import { currentLanguage, useTranslation } from '@jangkau/web-i18n';
import { EmptyState, QueryState } from '@jangkau/web-ui';
import { ActivityCalendarQuery } from '../graphql/activities';
import { formatShortDate, formatWhen } from '../utils/time';

const monthOf = (value: string | null): string => {
  if (value && /^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return value;
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 7);
};
const shift = (month: string, by: number) => {
  const [y = NaN, m = NaN] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return d.toISOString().slice(0, 7);
};

/**
 * /kegiatan/kalender?bulan=2026-12 — planned activities across the agencies the reader may see, as an agenda by
 * day (readable on a phone), with a warning where two agencies plan in one kecamatan within 7 days.
 */
export function CalendarPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const month = monthOf(params.get('bulan'));
  const language = currentLanguage();
  // Month boundaries in WIB.
  const from = new Date(`${month}-01T00:00:00+07:00`).toISOString();
  const to = new Date(`${shift(month, 1)}-01T00:00:00+07:00`).toISOString();
  const { data, loading, error, refetch } = useQuery(ActivityCalendarQuery, { variables: { from, to } });
  const label = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'id-ID', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
  const entries = data?.activityCalendar ?? [];
  const days = new Map<string, typeof entries>();
  for (const entry of entries) {
    const day = formatShortDate(entry.activity.startsAt, entry.activity.timeZone, language);
    days.set(day, [...(days.get(day) ?? []), entry]);
  }

  return (
    <section className="calendar">
      <p>
        <Link to="/kegiatan">← {t('activity.page.backToList')}</Link>
      </p>
      <h1>{t('activity.calendarPage.title')}</h1>
      <p className="muted">{t('activity.calendarPage.intro')}</p>
      <div className="calendar__nav" role="group" aria-label={t('activity.calendarPage.month')}>
        <button type="button" className="button button--secondary" onClick={() => setParams({ bulan: shift(month, -1) }, { replace: true })} aria-label={t('activity.calendarPage.previous')}>
          ‹
        </button>
        <h2 aria-live="polite">{label}</h2>
        <button type="button" className="button button--secondary" onClick={() => setParams({ bulan: shift(month, 1) }, { replace: true })} aria-label={t('activity.calendarPage.next')}>
          ›
        </button>
      </div>
      <QueryState
        loading={loading}
        error={error}
        data={data}
        describeError={(e) => errorMessage(e, t)}
        onRetry={() => void refetch()}
        errorHidesData
        isEmpty={() => entries.length === 0}
        empty={
          <EmptyState title={t('activity.calendarPage.empty')}>
            <button type="button" className="button button--secondary" onClick={() => setParams({ bulan: shift(month, 1) }, { replace: true })}>
              {t('activity.calendarPage.showNext')}
            </button>
          </EmptyState>
        }
      >
        {() => (
          <ol className="agenda">
            {[...days].map(([day, list]) => (
              <li key={day}>
                <h3 className="agenda__day">{day}</h3>
                <ul className="activity-list">
                  {list.map(({ activity, overlapsWith, sharedKecamatanCodes }) => (
                    <li key={activity.id} className={`activity-card${overlapsWith.length ? ' activity-card--overlap' : ''}`}>
                      <Link to={`/kegiatan/${activity.id}`} className="activity-card__link">
                        <span className="activity-card__title">{activity.title}</span>
                        <span className="activity-card__meta">{formatWhen(activity.startsAt, activity.endsAt, activity.timeZone, language)}</span>
                        <span className="activity-card__meta">
                          {activity.leadAgency.shortName} · {activity.venueName}, {activity.venueRegion.name}
                        </span>
                        {overlapsWith.length > 0 && (
                          <span className="activity-card__returned" data-kecamatan={sharedKecamatanCodes.join(' ')}>
                            <strong>⚠ {t('activity.calendarPage.overlapTitle')}:</strong>{' '}
                            {t('activity.calendarPage.overlap', {
                              list: overlapsWith.map((o) => `${o.leadAgency.shortName} (${formatShortDate(o.startsAt, activity.timeZone, language)})`).join('; '),
                            })}
                          </span>
                        )}
                      </Link>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        )}
      </QueryState>
    </section>
  );
}
