import { graphql } from '@jangkau/web-data-access';

export const AppInfoQuery = graphql(`
  query AppInfo {
    appInfo {
      demoMode
      demoAccounts
    }
  }
`);
