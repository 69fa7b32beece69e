import { graphql } from '@jangkau/web-data-access';

/** An optional base map (MAP_TILE_URL): the map works without one. */
export const MapSettingsQuery = graphql(`
  query MapSettings {
    appInfo {
      mapTileUrl
      mapTileAttribution
    }
  }
`);
