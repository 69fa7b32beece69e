import { useQuery } from '@apollo/client/react';
import { useProgrammeFrameworks } from '@jangkau/web-data-access';
import { useTranslation } from '@jangkau/web-i18n';
import { ActivityFilterAgencyQuery } from '../graphql/activityFilterNames.query';
import type { useActivityFilters } from '../hooks/useActivityFilters';

/**
 * The filters a link sets that the form has no field for (a report row's office and programme item), as chips
 * naming them, each removable.
 */
export function LinkedFilterChips({ filters }: { filters: ReturnType<typeof useActivityFilters> }) {
  const { t } = useTranslation();
  const { state, update } = filters;
  const agency = useQuery(ActivityFilterAgencyQuery, { variables: { id: state.agency }, skip: !state.agency });
  const frameworks = useProgrammeFrameworks();
  const item = frameworks.flatMap((f) => f.items.map((i) => ({ ...i, framework: f.name }))).find((i) => i.id === state.programmeItem);
  const agencyName = agency.data?.agency?.shortName ?? '…';
  const itemName = item ? `${item.number}. ${item.title} (${item.framework})` : '…';
  return (
    <>
      {state.agency && (
        <button type="button" className="status-chip" aria-pressed aria-label={t('activity.filter.removeAgency', { name: agencyName })} onClick={() => update({ agency: '' })}>
          {t('activity.filter.agency', { name: agencyName })} ×
        </button>
      )}
      {state.programmeItem && (
        <button type="button" className="status-chip" aria-pressed aria-label={t('activity.filter.removeProgrammeItem', { name: itemName })} onClick={() => update({ programmeItem: '' })}>
          {t('activity.filter.programmeItem', { name: itemName })} ×
        </button>
      )}
    </>
  );
}
