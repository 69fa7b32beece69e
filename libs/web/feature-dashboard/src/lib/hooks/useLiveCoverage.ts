import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { CoverageChangedSubscription } from '../graphql/coverageChanged.subscription';
import { DashboardQuery } from '../graphql/dashboard.query';
import { VillagesNotReachedQuery } from '../graphql/villagesNotReached.query';

/** A burst of verifications (a head clearing a queue) is one refetch, not one per activity. */
const SETTLE_MS = 400;

/**
 * Keeps an open dashboard current: when an activity touching the area is verified or reopened, the API says so
 * over the subscription and the dashboard and the not-reached list ask again. Returns when that last happened.
 */
export function useLiveCoverage(area: { regionCode: string | null; agencyId: string | null }): Date | null {
  const client = useApolloClient();
  const [updatedAt, setUpdatedAt] = useState<Date | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  useSubscription(CoverageChangedSubscription, {
    variables: { regionCode: area.regionCode, agencyId: area.agencyId },
    onData: ({ data }) => {
      if (!data.data?.coverageChanged) return;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        void client.refetchQueries({ include: [DashboardQuery, VillagesNotReachedQuery] }).then(() => setUpdatedAt(new Date()));
      }, SETTLE_MS);
    },
  });
  return updatedAt;
}
