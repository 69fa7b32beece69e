import { useQuery } from '@apollo/client/react';
import { useTranslation } from '@jangkau/web-i18n';
import { RegionNameQuery } from '../graphql/activities';

/** A region's name by code ('ID' is the national level), the code itself until it is known. */
export function useRegionName(code: string): string {
  const { t } = useTranslation();
  const { data } = useQuery(RegionNameQuery, { variables: { code }, skip: code === 'ID' || !code });
  if (code === 'ID') return t('activity.attendance.national');
  return data?.region?.name ?? code;
}
