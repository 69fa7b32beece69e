import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorMessage, useRegionSearch, useSession, type DesaBinaanFieldsFragment } from '@jangkau/web-data-access';
import { formatCalendarDate, formatNumber, useTranslation } from '@jangkau/web-i18n';
import { DataTable, EmptyState, QueryState, RegionFilter } from '@jangkau/web-ui';
import { DesaBinaanListQuery } from '../graphql/desaBinaanList.query';
import { DesaBinaanRegionNameQuery } from '../graphql/desaBinaanRegionName.query';
import { ImmigrationOfficesQuery } from '../graphql/immigrationOffices.query';
import { STATUSES, useDesaBinaanFilters } from '../hooks/useDesaBinaanFilters';
import { DesaBinaanForm } from './DesaBinaanForm';

/** /desa-binaan — the Desa Binaan Imigrasi the reader may see; heads of immigration offices (and admins) designate and edit. */
export function DesaBinaanPage() {
  const { t } = useTranslation();
  const { state: session } = useSession();
  const user = session.status === 'signedIn' ? session.user : null;
  // The API decides (heads: their own office only); this only spares others a form they could not use.
  const isAdmin = user?.role === 'ADMIN';
  const ownOffice = user?.role === 'HEAD' && user.agency?.type === 'KANTOR_IMIGRASI' ? user.agency.id : null;
  const canEdit = (d: DesaBinaanFieldsFragment) => isAdmin || d.agency.id === ownOffice;
  const filters = useDesaBinaanFilters();
  const { data, loading, error, refetch } = useQuery(DesaBinaanListQuery, { variables: { filter: filters.filter } });
  const [editing, setEditing] = useState<DesaBinaanFieldsFragment | 'new' | null>(null);
  const [saved, setSaved] = useState(false);

  return (
    <section className="admin desa-binaan">
      <div className="admin__head">
        <h1>{t('programme.desaBinaan.title')}</h1>
        {(isAdmin || ownOffice) && (
          <button
            type="button"
            className="button"
            onClick={() => {
              setSaved(false);
              setEditing('new');
            }}
          >
            {t('programme.desaBinaan.designate')}
          </button>
        )}
      </div>
      <p className="muted">{t('programme.desaBinaan.intro')}</p>
      {editing && (
        // Keyed: another designation starts a fresh form, never one holding the previous one's fields.
        <DesaBinaanForm
          key={editing === 'new' ? 'new' : editing.id}
          designation={editing === 'new' ? null : editing}
          officeId={editing === 'new' ? ownOffice : editing.agency.id}
          onDone={(didSave) => {
            setEditing(null);
            setSaved(didSave);
          }}
        />
      )}
      {saved && (
        <p className="form__saved" role="status">
          {t('programme.desaBinaan.saved')}
        </p>
      )}
      <Filters filters={filters} />
      <QueryState
        loading={loading}
        error={error}
        data={data}
        describeError={(e) => errorMessage(e, t)}
        onRetry={() => void refetch()}
        isEmpty={(d) => d.desaBinaan.length === 0}
        empty={<EmptyState title={t('programme.desaBinaan.empty')} />}
      >
        {(data) => (
          <>
            <p className="muted" aria-live="polite">
              {t('programme.desaBinaan.count', { formatted: formatNumber(data.desaBinaan.length) })}
            </p>
            <DataTable
              rows={data.desaBinaan}
              rowKey={(d) => d.id}
              columns={[
                {
                  key: 'village',
                  header: t('programme.desaBinaan.village'),
                  cell: (d) => (
                    <>
                      <Link to={`/wilayah/${d.village.code}`}>
                        <strong>{d.village.name}</strong>
                      </Link>
                      <br />
                      <span className="muted">{d.village.path}</span>
                    </>
                  ),
                },
                { key: 'office', header: t('programme.desaBinaan.office'), cellProps: (d) => ({ title: d.agency.name }), cell: (d) => d.agency.shortName },
                { key: 'skNumber', header: t('programme.desaBinaan.skNumber'), cell: (d) => d.skNumber },
                { key: 'skDate', header: t('programme.desaBinaan.skDate'), cell: (d) => formatCalendarDate(d.skDate) },
                { key: 'officer', header: t('programme.desaBinaan.officer'), cell: (d) => d.officerName },
                { key: 'status', header: t('programme.desaBinaan.status'), cell: (d) => t(`programme.desaBinaan.statusValue.${d.status}`) },
                {
                  key: 'edit',
                  header: <span className="visually-hidden">{t('programme.desaBinaan.edit')}</span>,
                  cell: (d) =>
                    canEdit(d) && (
                      <button
                        type="button"
                        className="link-button"
                        aria-label={t('programme.desaBinaan.editTitle', { name: d.village.name })}
                        onClick={() => {
                          setSaved(false);
                          setEditing(d);
                        }}
                      >
                        {t('programme.desaBinaan.edit')}
                      </button>
                    ),
                },
              ]}
            />
          </>
        )}
      </QueryState>
    </section>
  );
}

function Filters({ filters }: { filters: ReturnType<typeof useDesaBinaanFilters> }) {
  const { t } = useTranslation();
  const { state, update } = filters;
  const [regionText, setRegionText] = useState('');
  const search = useRegionSearch(regionText);
  const offices = useQuery(ImmigrationOfficesQuery);
  const regionName = useQuery(DesaBinaanRegionNameQuery, { variables: { code: state.region }, skip: !state.region });
  const shownRegion = regionName.data?.region?.name ?? state.region;

  return (
    <form className="activity-filters" role="search" aria-label={t('programme.desaBinaan.filter.label')} onSubmit={(e) => e.preventDefault()}>
      <div className="activity-filters__row">
        <label className="field">
          <span>{t('programme.desaBinaan.filter.status')}</span>
          <select value={state.status} onChange={(e) => update({ status: e.target.value as typeof state.status })}>
            <option value="">{t('programme.desaBinaan.filter.all')}</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`programme.desaBinaan.statusValue.${status}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('programme.desaBinaan.filter.office')}</span>
          <select value={state.office} onChange={(e) => update({ office: e.target.value })}>
            <option value="">{t('programme.desaBinaan.filter.allOffices')}</option>
            {(offices.data?.agencies ?? []).map((a) => (
              <option key={a.id} value={a.id}>
                {a.shortName}
              </option>
            ))}
          </select>
        </label>
      </div>
      <RegionFilter
        label={t('programme.desaBinaan.filter.region')}
        chosenName={state.region ? shownRegion : null}
        removeLabel={t('programme.desaBinaan.filter.removeRegion', { name: shownRegion })}
        onRemove={() => update({ region: '' })}
        text={regionText}
        onTextChange={setRegionText}
        search={search}
        onChoose={(region) => update({ region: region.code })}
      />
      {filters.active && (
        <button type="button" className="link-button" onClick={filters.clear}>
          {t('programme.desaBinaan.filter.clear')}
        </button>
      )}
    </form>
  );
}
