import type { pwaId } from './pwa.id';

/** The installed app and offline use (English). Keys mirror pwa.id.ts. */
export const pwaEn: typeof pwaId = {
  offlineData: 'Data as of {{time}} {{zone}}, offline',
  offlineDataHint: 'No internet connection: this is the latest data on this device. It updates by itself once you are connected again.',
  offlineSession: 'Offline',
  update: {
    available: 'A new version is available',
    reload: 'Reload',
    later: 'Later',
    finishFirst: 'Save or finish what you are typing first, then reload.',
  },
  chunk: {
    title: 'This part of the app could not be loaded',
    offline: 'This page is not stored on this device yet and you are offline. Open it again once you are connected.',
    failed: 'The app may just have been updated. Reload the page to use the latest version.',
    reload: 'Reload',
  },
};
