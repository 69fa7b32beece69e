import { ApolloClient, ApolloLink, gql, InMemoryCache, type TypedDocumentNode } from '@apollo/client';
import { ApolloProvider, useQuery } from '@apollo/client/react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { Observable } from 'rxjs';
import { attachOfflineAnswers, memoryStorage, OfflineAnswers, offlineAnswersLink } from '@jangkau/web-data-access';
import { initI18n } from '@jangkau/web-i18n';
import { isChunkLoadError, reloadOnceForChunk } from './chunk-reload';
import { OfflineBanner } from './OfflineBanner';
import { UpdatePrompt } from './UpdatePrompt';
import { updateStore } from './update-store';

beforeAll(() => initI18n('id'));

describe('a chunk that cannot load', () => {
  const storage = () => {
    const map = new Map<string, string>();
    return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v) };
  };

  it('is recognised in the words each browser uses', () => {
    expect(isChunkLoadError(new TypeError('Failed to fetch dynamically imported module: http://x/assets/a.js'))).toBe(true);
    expect(isChunkLoadError(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isChunkLoadError(new Error('Cannot read properties of undefined'))).toBe(false);
  });

  it('reloads the page once, and not again within ten minutes (no loop)', () => {
    const reload = jest.fn();
    const kept = storage();
    const t0 = Date.parse('2026-12-05T07:00:00Z');
    expect(reloadOnceForChunk({ now: t0, storage: kept, reload })).toBe(true);
    expect(reloadOnceForChunk({ now: t0 + 5_000, storage: kept, reload })).toBe(false);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(reloadOnceForChunk({ now: t0 + 11 * 60_000, storage: kept, reload })).toBe(true);
  });

  it('never reloads under someone typing, nor offline (the page says why instead)', () => {
    const reload = jest.fn();
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    expect(reloadOnceForChunk({ storage: storage(), reload })).toBe(false);
    input.remove();
    const online = jest.spyOn(window.navigator, 'onLine', 'get').mockReturnValue(false);
    expect(reloadOnceForChunk({ storage: storage(), reload })).toBe(false);
    online.mockRestore();
    expect(reload).not.toHaveBeenCalled();
  });
});

describe('UpdatePrompt', () => {
  it('offers the new version and reloads only when the person chooses to', () => {
    const apply = jest.fn();
    updateStore.onApply(apply);
    render(<UpdatePrompt />);
    expect(screen.queryByText('Versi baru tersedia')).toBeNull();
    act(() => updateStore.setWaiting(true));
    expect(screen.getByText('Versi baru tersedia')).toBeTruthy();
    expect(apply).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Muat ulang' }));
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('"Nanti" puts it away', () => {
    act(() => updateStore.setWaiting(true));
    render(<UpdatePrompt />);
    fireEvent.click(screen.getByRole('button', { name: 'Nanti' }));
    expect(screen.queryByText('Versi baru tersedia')).toBeNull();
  });
});

describe('OfflineBanner', () => {
  const ListQuery: TypedDocumentNode<{ activityCount: number }> = gql`
    query Activities {
      activityCount
    }
  `;
  function List() {
    const { data, error } = useQuery(ListQuery, { fetchPolicy: 'network-only' });
    return <p>{error ? 'galat' : data ? `Jumlah ${data.activityCount}` : 'memuat'}</p>;
  }

  it('says from when the figures are, in WIB, while they come from the device, and goes once the server answers', async () => {
    let up = true;
    const server = new ApolloLink(
      () =>
        new Observable((o) => {
          if (!up) return o.error(new TypeError('Failed to fetch'));
          o.next({ data: { activityCount: 12 } });
          o.complete();
        }),
    );
    const answers = new OfflineAnswers(memoryStorage());
    answers.setUser('officer');
    const client = new ApolloClient({ link: ApolloLink.from([offlineAnswersLink(answers), server]), cache: new InMemoryCache() });
    attachOfflineAnswers(client, answers);
    const now = jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-12-05T07:05:00Z'));
    const view = () => (
      <ApolloProvider client={client}>
        <MemoryRouter>
          <OfflineBanner />
          <List />
        </MemoryRouter>
      </ApolloProvider>
    );
    const first = render(view());
    expect(await screen.findByText('Jumlah 12')).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
    first.unmount();
    now.mockRestore();

    // Offline, a reload: the list shows its last figures and says so.
    up = false;
    await client.clearStore();
    render(view());
    expect(await screen.findByText('Jumlah 12')).toBeTruthy();
    expect((await screen.findByRole('status')).textContent).toContain('Data per 14.05 WIB, luring');

    up = true;
    await act(() => client.refetchQueries({ include: 'active' }));
    expect(screen.queryByRole('status')).toBeNull();
  });
});
