import { hasPermission, Permission, type Role } from '@jangkau/shared-domain';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { errorMessage, useSession } from '@jangkau/web-data-access';
import { useTranslation } from '@jangkau/web-i18n';
import { EmptyState, QueryState } from '@jangkau/web-ui';
import { TargetAgenciesQuery } from '../graphql/targetAgencies.query';
import { TargetsQuery } from '../graphql/targets.query';
import { useTargetFilters } from '../hooks/useTargetFilters';
import { periodsOfYear } from '../utils/targets';
import { TargetForm } from './TargetForm';
import { TargetsTable } from './TargetsTable';

/** Years offered: next year (targets are set ahead), this one and three before it, and whatever the URL names. */
function yearChoices(currentYear: string, selected: string): string[] {
  const now = Number(currentYear);
  const years = Array.from({ length: 5 }, (_, i) => String(now + 1 - i));
  return years.includes(selected) ? years : [...years, selected].sort().reverse();
}

/**
 * /target — an agency's targets for one year, grouped by the period they name (the year, then its quarters), each
 * with what is achieved, where even work would be by today and a status. Heads set and change their own agency's;
 * administrators any agency's; viewers read. ?tahun= the year, ?instansi= whose targets (default: one's own).
 */
export function TargetsPage() {
  const { t } = useTranslation();
  const { state: session } = useSession();
  const user = session.status === 'signedIn' ? session.user : null;
  const own = user?.agency ?? null;
  const { year, currentYear, agencyId, update } = useTargetFilters(own?.id ?? null);
  // Administrators and viewers look across agencies; a head's page is their own office.
  const chooser = user?.role === 'ADMIN' || user?.role === 'VIEWER';
  // The API is the gate (heads: their own agency only); this spares others a form they could not use.
  const canManage = !!user && !!agencyId && hasPermission(user.role as Role, Permission.TARGET_MANAGE) && (user.role === 'ADMIN' || agencyId === own?.id);
  const variables = { agencyId: agencyId ?? '', year: Number(year) };
  const { data, loading, error, refetch } = useQuery(TargetsQuery, { variables, skip: !agencyId });
  const agencies = useQuery(TargetAgenciesQuery, { skip: !chooser });
  const [notice, setNotice] = useState('');

  const targets = data?.targets ?? [];
  const groups = periodsOfYear(year)
    .map((period) => ({ period, targets: targets.filter((target) => target.period === period) }))
    .filter((group) => group.targets.length > 0);
  const agencyOptions = [...(own && !agencies.data?.agencies.some((a) => a.id === own.id) ? [own] : []), ...(agencies.data?.agencies ?? [])];
  const agencyName = targets[0]?.agency.name ?? agencyOptions.find((a) => a.id === agencyId)?.name ?? (agencyId === own?.id ? own?.name : '') ?? '';
  const reload = () => refetch();
  const form = canManage && agencyId && <TargetForm key={`${agencyId}|${year}`} agencyId={agencyId} year={year} onAdded={setNotice} onReload={reload} />;

  return (
    <section className="targets-page">
      <header className="dashboard__head">
        <div>
          <h1>{t('dashboard.targets.title')}</h1>
          <p className="dashboard__area">{agencyName ? t('dashboard.targets.ofAgencyYear', { agency: agencyName, year }) : t('dashboard.targets.yearGroup', { year })}</p>
        </div>
      </header>
      <p className="muted">{t('dashboard.targets.intro')}</p>

      <form className="dashboard-filters" role="search" aria-label={t('dashboard.targets.filter.label')} onSubmit={(e) => e.preventDefault()}>
        <div className="dashboard-filters__row">
          <label className="field">
            <span>{t('dashboard.targets.filter.year')}</span>
            <select
              value={year}
              onChange={(e) => {
                setNotice('');
                update({ year: e.target.value });
              }}
            >
              {yearChoices(currentYear, year).map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
          {chooser && (
            <label className="field">
              <span>{t('dashboard.targets.filter.agency')}</span>
              <select
                value={agencyId ?? ''}
                onChange={(e) => {
                  setNotice('');
                  update({ agencyId: e.target.value });
                }}
              >
                {agencyId && !agencyOptions.some((a) => a.id === agencyId) && <option value={agencyId}>{agencyName || '…'}</option>}
                {agencyOptions.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.id === own?.id ? t('dashboard.targets.filter.ownAgency', { name: a.shortName }) : a.shortName}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
      </form>

      {!canManage && (
        <p className="small muted" role="note">
          {t('dashboard.targets.readOnly')}
        </p>
      )}
      <p className="form__saved" role="status">
        {notice}
      </p>

      <QueryState
        loading={loading}
        error={error}
        data={data}
        describeError={(e) => errorMessage(e, t)}
        onRetry={() => void refetch()}
        isEmpty={() => groups.length === 0}
        empty={
          <>
            <EmptyState title={t('dashboard.targets.empty', { year })}>
              <p>{canManage ? t('dashboard.targets.emptyManage') : t('dashboard.targets.emptyRead')}</p>
            </EmptyState>
            {form}
          </>
        }
      >
        {() => (
          <>
            {groups.map((group) => (
              <TargetsTable key={group.period} period={group.period} year={year} targets={group.targets} canManage={canManage} onReload={reload} onNotice={setNotice} />
            ))}
            <p className="small muted">{t('dashboard.target.note')}</p>
            {form}
          </>
        )}
      </QueryState>
    </section>
  );
}
