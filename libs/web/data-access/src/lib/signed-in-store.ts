import type { SessionUserFragment } from '../gql/graphql';
import { SessionStore } from './session-store';

/** The Kanim Kerinci of the demo, as the session names a person's agency. */
export const KERINCI_AGENCY = { __typename: 'Agency', id: 'kerinci', name: 'Kantor Imigrasi Kelas II Non-TPI Kerinci', shortName: 'Kanim Kerinci', type: 'KANTOR_IMIGRASI' } as const;

/**
 * A session store already signed in, with no network: for component tests and previews. Only what distinguishes
 * the person needs saying; the rest is a plain signed-in user with nothing owed (no password change).
 */
export function signedInStore(
  user: { role: SessionUserFragment['role']; username?: string; fullName?: string; agency?: Record<string, unknown> | null; id?: string },
  language: () => string = () => 'id',
): SessionStore {
  const store = new SessionStore();
  store.setSession(
    {
      accessToken: 'a',
      refreshToken: 'r',
      expiresIn: 900,
      user: {
        __typename: 'User',
        id: user.id ?? 'u1',
        username: user.username ?? 'kepala.kerinci',
        fullName: user.fullName ?? 'Kepala Kantor',
        role: user.role,
        mustChangePassword: false,
        agency: user.agency === undefined ? KERINCI_AGENCY : user.agency,
      } as unknown as SessionUserFragment,
    },
    language,
  );
  return store;
}
