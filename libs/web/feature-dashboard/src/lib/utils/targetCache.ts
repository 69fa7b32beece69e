import type { ApolloCache } from '@apollo/client';

/**
 * A target created or removed changes which targets the dashboard's cards show; the cached dashboards are dropped so
 * the next visit asks again. (A changed value needs nothing: the Target is normalised and every view of it updates.)
 */
export function forgetDashboards(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'dashboard' });
}
