import { useApolloClient, useQuery, useSubscription } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { NotificationAddedSubscription, NotificationCountQuery, NotificationsQuery } from '../graphql/notifications';

/**
 * The signed-in person's unread count, kept current without a reload: each `notificationAdded` event adds one at
 * once (the event fires after its change committed, so nothing needs asking) and an open /pemberitahuan list asks
 * again; when the window regains focus the count (and an open list) is asked again, since a sleeping laptop or a
 * backgrounded phone may have missed events (a reconnected socket already refetches every active query, see
 * apollo-client.ts).
 * Returns the count and the title of the latest arrival, for a polite announcement.
 */
export function useUnreadNotifications(enabled: boolean): { unread: number; latest: string | null; error: unknown } {
  const [latest, setLatest] = useState<string | null>(null);
  const client = useApolloClient();
  const { data, error } = useQuery(NotificationCountQuery, { skip: !enabled, fetchPolicy: 'cache-and-network' });
  useSubscription(NotificationAddedSubscription, {
    skip: !enabled,
    onData: ({ data: event }) => {
      const added = event.data?.notificationAdded;
      if (!added) return;
      if (!added.readAt) {
        client.cache.updateQuery({ query: NotificationCountQuery }, (previous) =>
          previous ? { notifications: { ...previous.notifications, unreadCount: previous.notifications.unreadCount + 1 } } : previous,
        );
      }
      setLatest(added.title);
      void client.refetchQueries({ include: [NotificationsQuery] });
    },
  });
  useEffect(() => {
    if (!enabled) return;
    const again = () => {
      // The count, and the list when /pemberitahuan is open.
      if (document.visibilityState === 'visible') void client.refetchQueries({ include: [NotificationCountQuery, NotificationsQuery] }).catch(() => undefined);
    };
    window.addEventListener('focus', again);
    document.addEventListener('visibilitychange', again);
    return () => {
      window.removeEventListener('focus', again);
      document.removeEventListener('visibilitychange', again);
    };
  }, [enabled, client]);
  return { unread: data?.notifications.unreadCount ?? 0, latest, error };
}
