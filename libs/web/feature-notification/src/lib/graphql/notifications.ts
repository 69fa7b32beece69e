import { graphql } from '@jangkau/web-data-access';

/** The header's bell: how many are unread (no entries fetched). */
export const NotificationCountQuery = graphql(`
  query NotificationCount {
    notifications(first: 0) {
      unreadCount
    }
  }
`);

export const NotificationFieldsFragment = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    createdAt
    readAt
    activityId
    followUpId
    title
    link
  }
`);

/** /pemberitahuan: unread first, newest first. */
export const NotificationsQuery = graphql(`
  query Notifications($unreadOnly: Boolean, $first: Int, $kinds: [NotificationKind!]) {
    notifications(unreadOnly: $unreadOnly, first: $first, kinds: $kinds) {
      unreadCount
      totalCount
      nodes {
        ...NotificationFields
      }
    }
  }
`);

/** No ids: every notification of the signed-in person. */
export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

export const NotificationAddedSubscription = graphql(`
  subscription NotificationAdded {
    notificationAdded {
      ...NotificationFields
    }
  }
`);

export const NotificationPreferencesQuery = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      kind
      delivery
      locked
      isDefault
      label
    }
  }
`);

export const SetNotificationPreferencesMutation = graphql(`
  mutation SetNotificationPreferences($preferences: [NotificationPreferenceInput!]!) {
    setNotificationPreferences(preferences: $preferences) {
      kind
      delivery
      locked
      isDefault
      label
    }
  }
`);
