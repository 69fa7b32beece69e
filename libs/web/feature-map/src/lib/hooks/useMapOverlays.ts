import { useQuery } from '@apollo/client/react';
import { useAsync } from './useAsync';
import { MapActivitiesQuery } from '../graphql/mapActivities.query';
import { MapDesaBinaanQuery } from '../graphql/mapDesaBinaan.query';
import { MapWorkingAreaQuery } from '../graphql/mapWorkingArea.query';
import { activityRange } from '../utils/activityRange';
import { outlineBoundaries } from '../utils/boundaries';

/** How many verified activities the venue layer counts (the API's page limit). */
export const VENUE_LIMIT = 100;

/** The layers drawn over the coloured regions, each asked for only while it is on. */
export interface MapOverlays {
  binaan: boolean;
  venues: boolean;
  outline: boolean;
}

/**
 * What the overlays need: the working area's outline (the reader's own agency, or the agency the URL names), the
 * Desa Binaan of the area in view, and the verified activities of the period (where they were held).
 */
export function useMapOverlays({
  overlays,
  outlineAgency,
  viewRegion,
  period,
}: {
  overlays: MapOverlays;
  outlineAgency: string | null;
  viewRegion: string;
  period: { from: string; to: string };
}) {
  const workingArea = useQuery(MapWorkingAreaQuery, { variables: { id: outlineAgency ?? '' }, skip: !outlineAgency || !overlays.outline });
  const outlineCodes = workingArea.data?.agency?.workingArea.map((r) => r.code) ?? [];
  const outline = useAsync(overlays.outline && outlineCodes.length ? `outline:${outlineCodes.join(',')}` : null, () => outlineBoundaries(outlineCodes));

  const binaan = useQuery(MapDesaBinaanQuery, { variables: { regionCode: viewRegion || null }, skip: !overlays.binaan });
  const venues = useQuery(MapActivitiesQuery, {
    variables: { filter: { ...(viewRegion ? { regionCode: viewRegion } : {}), statuses: ['VERIFIED'], ...activityRange(period) }, first: VENUE_LIMIT },
    skip: !overlays.venues,
  });

  return {
    /** The outline to draw (the last one while the next loads), none when switched off. */
    outline: overlays.outline ? (outline.data ?? outline.previous) : undefined,
    desaBinaan: binaan.data?.desaBinaan,
    venues: venues.data?.activities,
  };
}
