import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { MapCoverageChangedSubscription } from '../graphql/mapCoverageChanged.subscription';
import { MapActivitiesQuery } from '../graphql/mapActivities.query';
import { MapCoverageQuery } from '../graphql/mapCoverage.query';

/** A burst of verifications (a head clearing a queue) is one refetch, not one per activity. */
const SETTLE_MS = 400;

/**
 * Keeps an open map current: when an activity touching the area is verified or reopened, the figures (and the
 * activities behind the venues and the side panel) are asked again and the map recolours in place. Returns when
 * that last happened.
 */
export function useLiveMap(area: { regionCode: string | null; agencyId: string | null }): Date | null {
  const client = useApolloClient();
  const [updatedAt, setUpdatedAt] = useState<Date | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  useSubscription(MapCoverageChangedSubscription, {
    variables: { regionCode: area.regionCode, agencyId: area.agencyId },
    onData: ({ data }) => {
      if (!data.data?.coverageChanged) return;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        // A failed refetch shows in the map's own error state, and "updated at" keeps the last time it succeeded.
        void client.refetchQueries({ include: [MapCoverageQuery, MapActivitiesQuery] }).then(
          () => setUpdatedAt(new Date()),
          () => undefined,
        );
      }, SETTLE_MS);
    },
  });
  return updatedAt;
}
