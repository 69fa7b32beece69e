import { ApolloClient, ApolloLink, gql, InMemoryCache, ServerError } from '@apollo/client';
import { Observable } from 'rxjs';
import { MAX_ANSWERS, memoryStorage, OfflineAnswers, offlineAnswersLink } from './offline-answers';

const CountQuery = gql`
  query ActivityCount($region: String) {
    activityCount(region: $region)
  }
`;

/** A server that answers `count` while up, and a network that can be cut or return a 500. */
function setup(storage = memoryStorage()) {
  const net = { mode: 'up' as 'up' | 'down' | 'error500', count: 7 };
  const server = new ApolloLink(
    () =>
      new Observable((observer) => {
        if (net.mode === 'down') observer.error(new TypeError('Failed to fetch'));
        else if (net.mode === 'error500') observer.error(new ServerError('Internal Server Error', { response: new Response(null, { status: 500 }) as never, bodyText: '' }));
        else {
          observer.next({ data: { activityCount: net.count } });
          observer.complete();
        }
      }),
  );
  const answers = new OfflineAnswers(storage);
  const client = new ApolloClient({ link: ApolloLink.from([offlineAnswersLink(answers), server]), cache: new InMemoryCache() });
  const count = (region = '15.02') => client.query({ query: CountQuery, variables: { region }, fetchPolicy: 'network-only' });
  return { net, answers, client, count };
}

describe('offline answers', () => {
  beforeAll(() => {
    // jsdom has no Response; ServerError reads status only.
    globalThis.Response ??= class {
      constructor(
        _body: unknown,
        readonly init: { status: number },
      ) {}
      get status() {
        return this.init.status;
      }
      headers = new Map();
    } as never;
  });

  it('a page seen online shows its last figures when the network fails, and says they are from the device', async () => {
    const { net, answers, count } = setup();
    answers.setUser('officer');
    expect((await count()).data).toEqual({ activityCount: 7 });
    expect(answers.servedFromDeviceAt(['ActivityCount'])).toBeNull();

    net.mode = 'down';
    net.count = 9;
    const before = Date.now();
    expect((await count()).data).toEqual({ activityCount: 7 });
    const at = answers.servedFromDeviceAt(['ActivityCount']);
    expect(at).not.toBeNull();
    expect(at!).toBeLessThanOrEqual(before);
    expect(answers.isOffline()).toBe(true);
    // Only for the queries that came from the device.
    expect(answers.servedFromDeviceAt(['Dashboard'])).toBeNull();

    net.mode = 'up';
    expect((await count()).data).toEqual({ activityCount: 9 });
    expect(answers.servedFromDeviceAt(['ActivityCount'])).toBeNull();
    expect(answers.isOffline()).toBe(false);
  });

  it('a query never answered online fails offline as before (the page shows its offline message)', async () => {
    const { net, answers, count } = setup();
    answers.setUser('officer');
    await count('15.02');
    net.mode = 'down';
    await expect(count('15.01')).rejects.toThrow('Failed to fetch');
  });

  it("a server error is the server's: never hidden behind the device's copy", async () => {
    const { net, answers, count } = setup();
    answers.setUser('officer');
    await count();
    net.mode = 'error500';
    await expect(count()).rejects.toThrow();
    expect(answers.servedFromDeviceAt(['ActivityCount'])).toBeNull();
  });

  it("another person signing in on the device never sees the first one's answers, nor does anyone after sign-out", async () => {
    const storage = memoryStorage();
    const { net, answers, count } = setup(storage);
    answers.setUser('officer');
    await count();
    answers.setUser('head');
    net.mode = 'down';
    await expect(count()).rejects.toThrow('Failed to fetch');
    answers.setUser(null);
    answers.setUser('officer');
    await expect(count()).rejects.toThrow('Failed to fetch');
    expect(await storage.load('officer')).toEqual([]);
  });

  it('keeps answers on the device across a reload, and no more than its bound', async () => {
    const storage = memoryStorage();
    const first = new OfflineAnswers(storage);
    first.setUser('officer');
    for (let i = 0; i < MAX_ANSWERS + 25; i++) first.save('ActivityCount', `ActivityCount:{"i":${i}}`, { activityCount: i });
    await new Promise((resolve) => setTimeout(resolve, 0));
    const kept = await storage.load('officer');
    expect(kept).toHaveLength(MAX_ANSWERS);
    // The oldest went first.
    expect(kept.some((a) => a.key === 'ActivityCount:{"i":0}')).toBe(false);
    const reloaded = new OfflineAnswers(storage);
    reloaded.setUser('officer');
    expect((await reloaded.fallback(`ActivityCount:{"i":${MAX_ANSWERS + 24}}`))?.data).toEqual({ activityCount: MAX_ANSWERS + 24 });
  });
});
