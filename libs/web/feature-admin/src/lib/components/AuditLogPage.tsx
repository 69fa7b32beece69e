import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { AUDIT_ENTITIES, AUDIT_WORDS, describeAuditEntry, type AuditTextHelpers, at } from '@jangkau/shared-domain';
import { errorMessage, restErrorMessage, useSession } from '@jangkau/web-data-access';
import { currentLanguage, formatDate, formatDateTimeInPersonZone, formatNumber, i18n, personZone, useTranslation } from '@jangkau/web-i18n';
import { DataTable, EmptyState, QueryState, saveBlob } from '@jangkau/web-ui';
import { AuditLogQuery, AuditPeopleQuery } from '../graphql/audit';

const PAGE = 50;
/** The screens' own words for codes in the changes: statuses, types, village reach, categories, answers. */
const CODE_WORDS = ['activity.status', 'activity.type', 'activity.reach', 'activity.category', 'activity.coStatus', 'activity.followUpStatus'];

function textHelpers(): AuditTextHelpers {
  return {
    enumLabel: (code) => {
      const key = CODE_WORDS.map((group) => `${group}.${code}`).find((k) => i18n.exists(k));
      return key ? i18n.t(key) : undefined;
    },
    instant: (iso) => formatDateTimeInPersonZone(iso),
    date: (ymd) => formatDate(ymd, 'long'),
    number: (n) => formatNumber(n),
  };
}

/** /audit — every change, newest first; filters live in the URL so a view can be shared. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const entity = params.get('jenis') ?? '';
  const from = params.get('dari') ?? '';
  const to = params.get('sampai') ?? '';
  const actor = params.get('oleh') ?? '';
  const agency = params.get('instansi') ?? '';
  const people = useQuery(AuditPeopleQuery);
  const { request } = useSession();
  const [exporting, setExporting] = useState(false);
  const [exportMessage, setExportMessage] = useState<string | null>(null);
  const filter = {
    actorUserId: actor || undefined,
    agencyId: agency || undefined,
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
  const language = currentLanguage() === 'en' ? 'en' : 'id';
  const words = AUDIT_WORDS[language];
  const described = useMemo(() => {
    const helpers = textHelpers();
    // The language is read inside the helpers; listed so a switch of language redraws the sentences.
    void language;
    return (data?.auditLog ?? []).map((entry) => ({ entry, text: describeAuditEntry(entry, language, helpers) }));
  }, [data, language]);

  const download = async () => {
    setExporting(true);
    setExportMessage(null);
    const query = new URLSearchParams();
    for (const key of ['jenis', 'oleh', 'instansi', 'dari', 'sampai']) if (params.get(key)) query.set(key, params.get(key)!);
    query.set('zona', personZone());
    const response = await request({ method: 'GET', path: `/api/audit/export.xlsx?${query}`, responseType: 'blob' });
    setExporting(false);
    if (response.blob) return saveBlob(response.blob, `${language === 'en' ? 'audit-trail' : 'jejak-audit'}_${new Date().toISOString().slice(0, 10)}.xlsx`);
    setExportMessage(restErrorMessage(response, t, { fallback: t('admin.exportFailed') }));
  };

  return (
    <section className="admin">
      <h1>{t('admin.audit')}</h1>
      <div className="filters">
        <label className="field">
          <span>{t('admin.entity')}</span>
          <select value={entity} onChange={(e) => setParam('jenis', e.target.value)}>
            <option value="">{t('admin.all')}</option>
            {AUDIT_ENTITIES.map((value) => (
              <option key={value} value={value}>
                {words.entity[value]}
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
          <span>{t('admin.agency')}</span>
          <select value={agency} onChange={(e) => setParam('instansi', e.target.value)}>
            <option value="">{t('admin.all')}</option>
            {(people.data?.agencies ?? []).map((item) => (
              <option key={item.id} value={item.id}>
                {item.shortName ?? item.name}
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
      <div className="audit-toolbar">
        <p className="muted">{t('admin.auditZone', { zone: personZone() })}</p>
        <button type="button" className="button button--secondary" disabled={exporting} onClick={() => void download()}>
          {exporting ? t('admin.exportBusy') : t('admin.exportAudit')}
        </button>
      </div>
      {exportMessage && (
        <p className="form__error" role="alert">
          {exportMessage}
        </p>
      )}
      <QueryState
        loading={loading}
        error={error}
        data={data}
        describeError={(e) => errorMessage(e, t)}
        onRetry={() => void refetch()}
        loadingRows={6}
        errorHidesData
        isEmpty={() => entries.length === 0}
        empty={<EmptyState title={t('admin.empty')} />}
      >
        {() => (
          <>
            <DataTable
              rows={described}
              rowKey={({ entry }) => entry.id}
              columns={[
                { key: 'when', header: t('admin.when'), cell: ({ entry }) => formatDateTimeInPersonZone(entry.at) },
                {
                  key: 'what',
                  header: t('admin.what'),
                  cell: ({ entry, text }) => (
                    <>
                      {text.sentence}
                      <br />
                      <span className="muted">{[words.entity[entry.entity] ?? entry.entity, entry.actorAgencyName].filter(Boolean).join(' · ')}</span>
                    </>
                  ),
                },
                {
                  key: 'changes',
                  header: t('admin.changes'),
                  cell: ({ entry, text }) =>
                    text.changes.length > 0 && (
                      <dl className="changes">
                        {text.changes.map((change, i) => (
                          <div key={`${entry.id}-${i}`}>
                            <dt>{change.field}</dt>
                            <dd>
                              {change.from} → {change.to}
                            </dd>
                          </div>
                        ))}
                      </dl>
                    ),
                },
              ]}
            />
            {entries.length % PAGE === 0 && (
              <button
                type="button"
                className="button"
                disabled={loading}
                onClick={() =>
                  void fetchMore({
                    variables: { filter: { ...filter, before: at(entries, -1, 'audit entry').id } },
                    updateQuery: (previous, { fetchMoreResult }) => ({ auditLog: [...previous.auditLog, ...fetchMoreResult.auditLog] }),
                  })
                }
              >
                {t('admin.more')}
              </button>
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}
