import { frameworksInForce, isCalendarDate } from '@jangkau/shared-domain';

export interface FormFramework {
  id: string;
  name: string;
  validFrom: string;
  validTo: string;
  items: { id: string; number: number; title: string }[];
}

export interface ProgrammeChoices {
  /** The activity's date, when it is one; without it nothing is offered (a date decides what applies). */
  date: string | null;
  /** The frameworks in force on the date, newest first: their items are what the activity may name. */
  inForce: FormFramework[];
  /** Chosen items that do not apply on the date (it moved, or a restored draft or an older record named them). */
  stale: { item: FormFramework['items'][number]; framework: FormFramework }[];
}

/**
 * What the form's programme step offers on the activity's date (the day it starts in the venue's zone), by the
 * shared rule the API applies on saving: the items of the frameworks in force that day. Chosen items outside them
 * are returned, not dropped, so the form can say which ones and let the person remove them.
 */
export function programmeChoices(frameworks: readonly FormFramework[], date: string, chosenIds: readonly string[]): ProgrammeChoices {
  const day = isCalendarDate(date) ? date : null;
  const inForce = day ? frameworksInForce(frameworks, day) : [];
  const offered = new Set(inForce.flatMap((f) => f.items.map((i) => i.id)));
  const stale: ProgrammeChoices['stale'] = [];
  if (day) {
    for (const id of chosenIds) {
      if (offered.has(id)) continue;
      const framework = frameworks.find((f) => f.items.some((i) => i.id === id));
      // An id no framework lists (deleted since) is left to the server's "not found".
      if (framework) stale.push({ item: framework.items.find((i) => i.id === id)!, framework });
    }
  }
  return { date: day, inForce, stale };
}
