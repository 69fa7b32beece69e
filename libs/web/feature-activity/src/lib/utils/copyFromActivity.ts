import type { CopySourceQuery } from '@jangkau/web-data-access';
import type { ActivityFormState } from './formState';

export type CopySource = NonNullable<CopySourceQuery['activity']>;

/**
 * The form with what a new activity takes from an earlier one of the agency: its type, topics, programme items,
 * venue, villages (with how each was reached) and co-organisers. Never its dates, participants, attendance or
 * evidence: those belong to the day it happens, and what the person typed of them stays. The lead agency is never its own co-organiser.
 */
export function copyFromActivity(form: ActivityFormState, source: CopySource, leadAgencyId: string | null): ActivityFormState {
  return {
    ...form,
    type: source.type,
    topicIds: source.topics.map((t) => t.id),
    programmeItemIds: source.programmeItems.map((i) => i.id),
    venueName: source.venueName,
    venueRegion: { code: source.venueRegion.code, name: source.venueRegion.name },
    villages: source.villages.map((v) => ({ code: v.code, name: v.region.name, reach: v.reach })),
    coOrganiserIds: source.coOrganisers.map((c) => c.agency.id).filter((id) => id !== leadAgencyId),
  };
}
