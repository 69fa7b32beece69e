import { ApolloLink } from '@apollo/client';
import { MockLink, MockSubscriptionLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import { OperationTypeNode } from 'graphql';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { SessionProvider, type Role, signedInStore } from '@jangkau/web-data-access';

const language = () => 'id';

/**
 * Renders `ui` for a signed-in person with queries and mutations answered by `mocks` and subscriptions by the
 * returned `live` link, whose events the test pushes with `live.simulateResult(...)`.
 */
export function renderSignedIn(ui: ReactNode, mocks: MockLink.MockedResponse[], options: { role?: Role; path?: string } = {}) {
  const store = signedInStore(
    {
      username: 'kepala.kerinci',
      fullName: 'Kepala Kantor Imigrasi Kerinci',
      role: options.role ?? 'HEAD',
      agency: { __typename: 'Agency', id: 'g1', name: 'Kantor Imigrasi Kelas II Non-TPI Kerinci', shortName: 'Kanim Kerinci', type: 'KANIM' },
    },
    language,
  );
  const live = new MockSubscriptionLink();
  const link = ApolloLink.split(({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION, live, new MockLink(mocks));
  const view = render(
    <MockedProvider link={link}>
      <SessionProvider store={store} language={language}>
        <MemoryRouter initialEntries={[options.path ?? '/']}>{ui}</MemoryRouter>
      </SessionProvider>
    </MockedProvider>,
  );
  return { ...view, live };
}
