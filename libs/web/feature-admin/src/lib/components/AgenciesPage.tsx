import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { errorMessage, type AgencyFieldsFragment, type AgencyType } from '@jangkau/web-data-access';
import { formatNumber, useTranslation } from '@jangkau/web-i18n';
import { DataTable, EmptyState, useQueryState } from '@jangkau/web-ui';
import { AgenciesQuery, CreateAgencyMutation, UpdateAgencyMutation } from '../graphql/agencies';
import { WorkingAreaPicker, type PickedRegion } from './WorkingAreaPicker';

const TYPES: AgencyType[] = ['KANTOR_IMIGRASI', 'KANWIL', 'DITJEN', 'KEMENTERIAN', 'DINAS', 'PEMDA', 'KECAMATAN', 'DESA_KELURAHAN', 'LAINNYA'];

/** /admin/instansi — agencies with their working areas (administrators). */
export function AgenciesPage() {
  const { t } = useTranslation();
  // The filter lives in the URL (?tanpa-kepala=1), so the list of agencies whose submissions wait for nobody can be linked.
  const [params, setParams] = useSearchParams();
  const withoutHead = params.get('tanpa-kepala') === '1';
  const query = useQuery(AgenciesQuery, { variables: { filter: { first: 500, ...(withoutHead ? { withoutActiveHead: true } : {}) } } });
  // While the other list loads, the one shown stays (and with it the filter's checkbox, under the person's finger).
  const { loading, error, refetch } = query;
  const data = query.data ?? query.previousData;
  const [editing, setEditing] = useState<AgencyFieldsFragment | 'new' | null>(null);
  const state = useQueryState({ loading, error, data, describeError: (e) => errorMessage(e, t), onRetry: () => void refetch(), loadingRows: 6, errorHidesData: true, missingIsError: true });
  if (state || !data) return state;
  const agencies = data.agencies;
  return (
    <section className="admin">
      <div className="admin__head">
        <h1>{t('admin.agencies')}</h1>
        <button type="button" className="button" onClick={() => setEditing('new')}>
          {t('admin.newAgency')}
        </button>
      </div>
      {editing && (
        // Keyed: editing another agency starts a fresh form, never one still holding the previous agency's fields.
        <AgencyForm key={editing === 'new' ? 'new' : editing.id} agency={editing === 'new' ? null : editing} agencies={agencies} onDone={() => setEditing(null)} />
      )}
      <label className="field--inline">
        <input type="checkbox" checked={withoutHead} onChange={(e) => setParams(e.target.checked ? { 'tanpa-kepala': '1' } : {}, { replace: true })} /> {t('admin.onlyWithoutHead')}
      </label>
      {agencies.length === 0 ? (
        <EmptyState title={t('admin.empty')} />
      ) : (
        <DataTable
          rows={agencies}
          rowKey={(agency) => agency.id}
          columns={[
            {
              key: 'name',
              header: t('admin.name'),
              cell: (agency) => (
                <>
                  <strong>{agency.shortName}</strong>
                  <br />
                  <span className="muted">{agency.name}</span>
                </>
              ),
            },
            { key: 'type', header: t('admin.type'), cell: (agency) => t(`agencyType.${agency.type}`) },
            { key: 'villages', header: t('admin.villages'), align: 'end', cell: (agency) => formatNumber(agency.villageCount) },
            {
              key: 'active',
              header: t('admin.active'),
              cell: (agency) => (
                <>
                  {agency.active ? t('admin.active') : t('admin.inactive')}
                  {agency.active && agency.activeHeadCount === 0 && (
                    <>
                      <br />
                      <span className="flag">{t('admin.noActiveHead')}</span>
                    </>
                  )}
                </>
              ),
            },
            {
              key: 'edit',
              header: <span className="visually-hidden">{t('admin.edit')}</span>,
              cell: (agency) => (
                <button type="button" className="link-button" onClick={() => setEditing(agency)}>
                  {t('admin.edit')}
                </button>
              ),
            },
          ]}
        />
      )}
    </section>
  );
}

function AgencyForm({ agency, agencies, onDone }: { agency: AgencyFieldsFragment | null; agencies: AgencyFieldsFragment[]; onDone: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(agency?.name ?? '');
  const [shortName, setShortName] = useState(agency?.shortName ?? '');
  const [type, setType] = useState<AgencyType>(agency?.type ?? 'KANTOR_IMIGRASI');
  const [officeClass, setOfficeClass] = useState(agency?.officeClass ?? '');
  const [address, setAddress] = useState(agency?.address ?? '');
  const [parentId, setParentId] = useState(agency?.parentId ?? '');
  const [homeRegionCode, setHomeRegionCode] = useState(agency?.homeRegionCode ?? '');
  const [active, setActive] = useState(agency?.active ?? true);
  const [area, setArea] = useState<PickedRegion[]>(agency?.workingArea ?? []);
  const [error, setError] = useState<string | null>(null);
  const [create, creating] = useMutation(CreateAgencyMutation, { refetchQueries: [AgenciesQuery] });
  const [update, updating] = useMutation(UpdateAgencyMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const input = {
      name,
      shortName,
      type,
      officeClass: type === 'KANTOR_IMIGRASI' ? officeClass || null : null,
      address: address.trim() || null,
      parentId: parentId || null,
      homeRegionCode: homeRegionCode.trim() || null,
      workingArea: area.map((r) => r.code),
      active,
    };
    try {
      if (agency) await update({ variables: { id: agency.id, version: agency.version, input } });
      else await create({ variables: { input } });
      onDone();
    } catch (e) {
      setError(errorMessage(e, t));
    }
  };

  return (
    <form className="form form--panel" onSubmit={(e) => void submit(e)} aria-label={agency ? agency.shortName : t('admin.newAgency')}>
      <h2>{agency ? agency.shortName : t('admin.newAgency')}</h2>
      <label className="field">
        <span>{t('admin.name')}</span>
        <input required maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('admin.shortName')}</span>
        <input required maxLength={60} value={shortName} onChange={(e) => setShortName(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('admin.type')}</span>
        <select value={type} onChange={(e) => setType(e.target.value as AgencyType)}>
          {TYPES.map((value) => (
            <option key={value} value={value}>
              {t(`agencyType.${value}`)}
            </option>
          ))}
        </select>
      </label>
      {type === 'KANTOR_IMIGRASI' && (
        <label className="field">
          <span>{t('admin.officeClass')}</span>
          <input maxLength={60} placeholder="Kelas II Non-TPI" value={officeClass} onChange={(e) => setOfficeClass(e.target.value)} />
        </label>
      )}
      <label className="field">
        <span>{t('admin.address')}</span>
        <textarea maxLength={300} rows={2} value={address} onChange={(e) => setAddress(e.target.value)} />
        <small className="muted">{t('admin.addressHint')}</small>
      </label>
      <label className="field">
        <span>{t('admin.parent')}</span>
        <select value={parentId} onChange={(e) => setParentId(e.target.value)}>
          <option value="">{t('admin.none')}</option>
          {agencies
            .filter((a) => a.id !== agency?.id)
            .map((a) => (
              <option key={a.id} value={a.id}>
                {a.shortName}
              </option>
            ))}
        </select>
      </label>
      <label className="field">
        <span>{t('admin.homeRegion')}</span>
        <input inputMode="decimal" placeholder="15.72" value={homeRegionCode} onChange={(e) => setHomeRegionCode(e.target.value)} />
      </label>
      <WorkingAreaPicker value={area} onChange={setArea} />
      <label className="field field--inline">
        <input type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} />
        <span>{t('admin.active')}</span>
      </label>
      {error && (
        <p className="form__error" role="alert">
          {error}
        </p>
      )}
      <div className="form__actions">
        <button type="submit" className="button" disabled={creating.loading || updating.loading}>
          {t('admin.save')}
        </button>
        <button type="button" className="link-button" onClick={onDone}>
          {t('admin.cancel')}
        </button>
      </div>
    </form>
  );
}
