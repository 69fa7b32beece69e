import { randomUUID } from 'node:crypto';
import type { TestApp } from './test-app';

/** An outreach in Desa Pulau Rengas (15.02.10), as the notification specs record it; `over` replaces fields. */
export function pulauRengasActivity(title: string, over: Record<string, unknown> = {}) {
  return {
    type: 'SOSIALISASI',
    title,
    startsAt: '2026-03-10T02:00:00Z',
    endsAt: '2026-03-10T05:00:00Z',
    venueName: 'Balai Desa Pulau Rengas',
    venueRegionCode: '15.02.10',
    villages: [{ code: '15.02.10', reach: 'OFFICIALS_ATTENDED' }],
    participants: [{ category: 'KEPALA_DESA', male: 3, female: 1 }],
    ...over,
  };
}

/**
 * `account` (an officer of Kanim Kerinci by default) records the activity and submits it, through the API; throws
 * with the API's errors if either step is refused. Returns its id and version after submitting.
 */
export async function recordAndSubmit(
  t: Pick<TestApp, 'gql' | 'as'>,
  title: string,
  over: Record<string, unknown> = {},
  account = 'petugas.kerinci',
): Promise<{ id: string; version: number }> {
  const id = randomUUID();
  const headers = await t.as(account);
  const created = await t.gql(`mutation ($id: ID!, $input: ActivityInput!) { createActivity(id: $id, input: $input) { version } }`, { id, input: pulauRengasActivity(title, over) }, headers);
  if (created.errors) throw new Error(`createActivity: ${JSON.stringify(created.errors)}`);
  const submitted = await t.gql(`mutation ($id: ID!, $v: Int!) { submitActivity(id: $id, version: $v) { version } }`, { id, v: created.data!.createActivity.version }, headers);
  if (submitted.errors) throw new Error(`submitActivity: ${JSON.stringify(submitted.errors)}`);
  return { id, version: submitted.data!.submitActivity.version };
}
