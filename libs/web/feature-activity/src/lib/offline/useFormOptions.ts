import { useQuery } from '@apollo/client/react';
import { isNetworkFailure } from '@jangkau/web-data-access';
import { ActivityFormOptionsQuery } from '../graphql/activities';
import { useOffline } from './OfflineProvider';

/**
 * The form's choices (topics, programme items, agencies): from the server when it answers, else as kept on this
 * device (with the time they were kept, to say so).
 */
export function useFormOptions() {
  const options = useQuery(ActivityFormOptionsQuery);
  const { reference, online } = useOffline();
  const fromDevice = !options.data && (!online || isNetworkFailure(options.error)) && reference?.formOptions ? reference : null;
  return { ...options, data: options.data ?? fromDevice?.formOptions ?? undefined, keptAt: fromDevice?.savedAt ?? null };
}
