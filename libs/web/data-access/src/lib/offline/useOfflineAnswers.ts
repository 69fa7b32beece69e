import { useApolloClient } from '@apollo/client/react';
import { useSyncExternalStore } from 'react';
import { offlineAnswersOf, type OfflineAnswers } from './offline-answers';

/** The offline answers of the app's client; re-renders when being offline or what came from the device changes. */
export function useOfflineAnswers(): OfflineAnswers {
  const answers = offlineAnswersOf(useApolloClient());
  useSyncExternalStore(answers.subscribe, answers.getVersion, answers.getVersion);
  return answers;
}

/**
 * When the data now on screen was last answered by the server, if some of it came from the device (the network
 * failed): the oldest such time among the queries the page is watching. Null when everything came from the server.
 */
export function useServedFromDeviceAt(): number | null {
  const client = useApolloClient();
  const answers = useOfflineAnswers();
  const names: string[] = [];
  for (const query of client.getObservableQueries('active')) if (query.queryName) names.push(query.queryName);
  return answers.servedFromDeviceAt(names);
}
