import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { errorMessage } from '@jangkau/web-data-access';
import { currentLanguage, useTranslation } from '@jangkau/web-i18n';
import { EmptyState, ErrorState, LoadingState } from '@jangkau/web-ui';
import { AuditLogQuery, AuditPeopleQuery } from '../graphql/audit';

// SignIn: failed sign-ins and pauses (the security log; administrators only).
const ENTITIES = ['Agency', 'User', 'Session', 'SignIn', 'DesaBinaan', 'ProgrammeFramework', 'ProgrammeItem'];
const PAGE = 50;

/** /audit — every change, newest first; filters live in the URL so a view can be shared. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const entity = params.get('jenis') ?? '';
  const from = params.get('dari') ?? '';
  const to = params.get('sampai') ?? '';
  const actor = params.get('oleh') ?? '';
  const people = useQuery(AuditPeopleQuery);
  const filter = {
    actorUserId: actor || undefined,
    entity: entity || undefined,
    from: from ? new Date(`${from}T00:00:00+07:00`).toISOString() : undefined,
    to: to ? new Date(new Date(`${to}T00:00:00+07:00`).getTime() + 86_400_000).toISOString() : undefined,
    first: PAGE,
  };
  const { data, loading, error, refetch, fetchMore } = useQuery(AuditLogQuery, { variables: { filter }, notifyOnNetworkStatusChange: true });
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const entries = data?.auditLog ?? [];
  const locale = currentLanguage() === 'en' ? 'en-GB' : 'id-ID';

  return (
    <section className="admin">
      <h1>{t('admin.audit')}</h1>
      <div className="filters">
        <label className="field">
          <span>{t('admin.entity')}</span>
          <select value={entity} onChange={(e) => setParam('jenis', e.target.value)}>
            <option value="">{t('admin.all')}</option>
            {ENTITIES.map((value) => (
              <option key={value} value={value}>
                {t(`audit.entity.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('admin.who')}</span>
          <select value={actor} onChange={(e) => setParam('oleh', e.target.value)}>
            <option value="">{t('admin.all')}</option>
            {(people.data?.users ?? []).map((person) => (
              <option key={person.id} value={person.id}>
                {person.fullName} ({person.username})
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('admin.from')}</span>
          <input type="date" value={from} onChange={(e) => setParam('dari', e.target.value)} />
        </label>
        <label className="field">
          <span>{t('admin.to')}</span>
          <input type="date" value={to} onChange={(e) => setParam('sampai', e.target.value)} />
        </label>
      </div>
      {loading && !data ? (
        <LoadingState label={t('state.loading')} rows={6} />
      ) : error ? (
        <ErrorState title={t('state.errorTitle')} message={errorMessage(error, t)} retryLabel={t('state.retry')} onRetry={() => void refetch()} />
      ) : entries.length === 0 ? (
        <EmptyState title={t('admin.empty')} />
      ) : (
        <>
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('admin.when')}</th>
                  <th scope="col">{t('admin.who')}</th>
                  <th scope="col">{t('admin.what')}</th>
                  <th scope="col">{t('admin.changes')}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => (
                  <tr key={entry.id}>
                    <td>{new Date(entry.at).toLocaleString(locale)}</td>
                    <td>{entry.actorUsername ?? t('admin.system')}</td>
                    <td>
                      {t(`audit.operation.${entry.operation}`, { defaultValue: entry.operation })}
                      <br />
                      <span className="muted">
                        {t(`audit.entity.${entry.entity}`, { defaultValue: entry.entity })} {entry.entityId.slice(0, 8)}
                      </span>
                    </td>
                    <td>
                      <ul className="changes">
                        {entry.changes.map((change) => (
                          <li key={change.field}>
                            {t(`audit.field.${change.field}`, { defaultValue: change.field })}: {change.from ?? '∅'} → {change.to ?? '∅'}
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {entries.length % PAGE === 0 && (
            <button
              type="button"
              className="button"
              disabled={loading}
              onClick={() =>
                void fetchMore({
                  variables: { filter: { ...filter, before: entries[entries.length - 1].id } },
                  updateQuery: (previous, { fetchMoreResult }) => ({ auditLog: [...previous.auditLog, ...fetchMoreResult.auditLog] }),
                })
              }
            >
              {t('admin.more')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
