import { useMutation } from '@apollo/client/react';
import { MarkNotificationsReadMutation, NotificationCountQuery, NotificationsQuery } from '../graphql/notifications';

/**
 * Marks notifications read (no ids: all of them). The entries turn read in the cache at once; the bell's count and
 * an open list are then asked again, since the server alone knows how many of each filter stay unread.
 */
export function useMarkRead() {
  const [mutate, state] = useMutation(MarkNotificationsReadMutation);
  const markRead = (ids: string[] | null) =>
    mutate({
      variables: { ids },
      update: (cache) => {
        const now = new Date().toISOString();
        for (const id of ids ?? []) {
          cache.modify({ id: cache.identify({ __typename: 'Notification', id }), fields: { readAt: (readAt) => readAt ?? now } });
        }
      },
      refetchQueries: [NotificationCountQuery, NotificationsQuery],
    });
  return [markRead, state] as const;
}
