import { isVillageLevel, isWithin, type RegionLevel } from '@jangkau/shared-domain';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { errorMessage, useRegionSearch, type DesaBinaanFieldsFragment, type DesaBinaanStatus } from '@jangkau/web-data-access';
import { useTranslation } from '@jangkau/web-i18n';
import { RegionCombobox } from '@jangkau/web-ui';
import { DesaBinaanListQuery } from '../graphql/desaBinaanList.query';
import { DesaBinaanOfficeQuery } from '../graphql/desaBinaanOffice.query';
import { DesignateDesaBinaanMutation } from '../graphql/designateDesaBinaan.mutation';
import { ImmigrationOfficesQuery } from '../graphql/immigrationOffices.query';
import { UpdateDesaBinaanMutation } from '../graphql/updateDesaBinaan.mutation';
import { STATUSES } from '../hooks/useDesaBinaanFilters';
import { latestIndonesianToday } from '../utils/today';

/**
 * Designate a village or edit a designation. `officeId` is the designating office when it is known (a head's own
 * office, or the designation's); an administrator designating anew picks it first.
 */
export function DesaBinaanForm({ designation, officeId, onDone }: { designation: DesaBinaanFieldsFragment | null; officeId: string | null; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const [agencyId, setAgencyId] = useState(officeId ?? '');
  const [village, setVillage] = useState<{ code: string; name: string } | null>(designation?.village ?? null);
  const [villageText, setVillageText] = useState('');
  const [skNumber, setSkNumber] = useState(designation?.skNumber ?? '');
  const [skDate, setSkDate] = useState(designation?.skDate ?? '');
  const [officerName, setOfficerName] = useState(designation?.officerName ?? '');
  const [officerUserId, setOfficerUserId] = useState(designation?.officerUser?.id ?? '');
  const [status, setStatus] = useState<DesaBinaanStatus>(designation?.status ?? 'ACTIVE');
  const [notes, setNotes] = useState(designation?.notes ?? '');
  const [error, setError] = useState<string | null>(null);
  const search = useRegionSearch(villageText);
  const offices = useQuery(ImmigrationOfficesQuery, { skip: !!officeId });
  const office = useQuery(DesaBinaanOfficeQuery, { variables: { id: agencyId }, skip: !agencyId });
  const area = office.data?.agency?.workingArea.map((r) => r.code) ?? [];
  const officeName = office.data?.agency?.shortName ?? '';
  const [designate, designating] = useMutation(DesignateDesaBinaanMutation, { refetchQueries: [DesaBinaanListQuery] });
  const [update, updating] = useMutation(UpdateDesaBinaanMutation);
  const title = designation ? t('programme.desaBinaan.editTitle', { name: designation.village.name }) : t('programme.desaBinaan.designate');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const input = { villageCode: village?.code ?? '', skNumber, skDate, officerName, officerUserId: officerUserId || null, status, notes };
    try {
      if (designation) await update({ variables: { id: designation.id, version: designation.version, input } });
      else await designate({ variables: { input: { ...input, agencyId } } });
      onDone(true);
    } catch (e) {
      // A stale version comes back as the server's own words: who changed it, and when.
      setError(errorMessage(e, t));
    }
  };

  return (
    <form className="form form--panel" onSubmit={(e) => void submit(e)} aria-label={title}>
      <h2>{title}</h2>
      {!officeId && (
        <label className="field">
          <span>{t('programme.desaBinaan.office')}</span>
          <select
            required
            value={agencyId}
            onChange={(e) => {
              setAgencyId(e.target.value);
              setVillage(null);
              setOfficerUserId('');
            }}
          >
            <option value="">{t('programme.desaBinaan.chooseOffice')}</option>
            {(offices.data?.agencies ?? []).map((a) => (
              <option key={a.id} value={a.id}>
                {a.shortName}
              </option>
            ))}
          </select>
        </label>
      )}
      {village ? (
        <p className="field">
          <span>{t('programme.desaBinaan.village')}</span>
          <span className="chip">
            <strong>{village.name}</strong> <span className="muted">{village.code}</span>{' '}
            <button type="button" className="link-button" onClick={() => setVillage(null)}>
              {t('programme.desaBinaan.changeVillage')}
            </button>
          </span>
        </p>
      ) : (
        agencyId && (
          <div className="field">
            <RegionCombobox
              label={t('programme.desaBinaan.villageSearch')}
              text={villageText}
              onTextChange={setVillageText}
              search={search}
              only={(r) => isVillageLevel(r.level as RegionLevel) && area.some((a) => isWithin(r.code, a))}
              onChoose={(region) => {
                setVillageText('');
                setVillage({ code: region.code, name: region.name });
              }}
            />
            {officeName && <p className="muted">{t('programme.desaBinaan.villageHint', { office: officeName })}</p>}
          </div>
        )
      )}
      <label className="field">
        <span>{t('programme.desaBinaan.skNumber')}</span>
        <input required maxLength={120} value={skNumber} onChange={(e) => setSkNumber(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('programme.desaBinaan.skDate')}</span>
        <input required type="date" max={latestIndonesianToday()} value={skDate} onChange={(e) => setSkDate(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('programme.desaBinaan.officerName')}</span>
        <input required maxLength={200} value={officerName} onChange={(e) => setOfficerName(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('programme.desaBinaan.officerUser')}</span>
        <select value={officerUserId} onChange={(e) => setOfficerUserId(e.target.value)}>
          <option value="">{t('programme.desaBinaan.noAccount')}</option>
          {(office.data?.users ?? [])
            .filter((u) => u.active || u.id === officerUserId)
            .map((u) => (
              <option key={u.id} value={u.id}>
                {u.fullName}
              </option>
            ))}
        </select>
      </label>
      <label className="field">
        <span>{t('programme.desaBinaan.status')}</span>
        <select value={status} onChange={(e) => setStatus(e.target.value as DesaBinaanStatus)}>
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`programme.desaBinaan.statusValue.${value}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('programme.desaBinaan.notes')}</span>
        <textarea maxLength={2000} rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </label>
      {error && (
        <p className="form__error" role="alert">
          {error}
        </p>
      )}
      <div className="form__actions">
        <button type="submit" className="button" disabled={designating.loading || updating.loading || !village}>
          {t('programme.desaBinaan.save')}
        </button>
        <button type="button" className="link-button" onClick={() => onDone(false)}>
          {t('programme.desaBinaan.cancel')}
        </button>
      </div>
    </form>
  );
}
