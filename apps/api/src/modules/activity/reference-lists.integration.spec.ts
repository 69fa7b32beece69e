import { ChangeListener } from '../../common/change-listener';
import { startTestApp, TestApp } from '../../../test/test-app';
import { withAdmin } from '../../../test/test-database';
import { waitFor } from '../../../test/wait-for';
import { ReferenceLists } from './reference-lists';

const TOPICS = '{ topics { id name active } }';

/**
 * The topic list every activity form opens with is read once and kept until topics are written
 * (reference-lists.ts). What a person notices: the same list, and an edit made elsewhere shows within moments.
 */
describe('topics, kept until topics change (real PostgreSQL)', () => {
  let t: TestApp;
  let lists: ReferenceLists;
  const sql = (query: string, params: unknown[] = []) => withAdmin(t.db.url, async (c) => (await c.query(query, params)).rows);
  const topicNames = async () => {
    const res = await t.gql<{ topics: { id: string; name: string; active: boolean }[] }>(TOPICS, {}, await t.as('petugas.kerinci'));
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.topics.map((topic) => topic.name);
  };

  beforeAll(async () => {
    t = await startTestApp();
    lists = t.app.get(ReferenceLists);
    await waitFor(() => t.app.get(ChangeListener).backendPid, { what: 'the instance to listen for changes' });
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it('reads the list once while nothing changes, in its managed order', async () => {
    const first = await topicNames();
    const [{ names }] = await sql(`SELECT array_agg(name ORDER BY position, name) AS names FROM topics`);
    expect(first).toEqual(names);
    const hits = lists.hits;
    expect(await topicNames()).toEqual(first);
    expect(await topicNames()).toEqual(first);
    expect(lists.hits).toBe(hits + 2);
  });

  it('shows a topic renamed or added elsewhere (another instance, or by hand) once the notification arrives', async () => {
    const before = await topicNames();
    const [{ id, name }] = await sql(`SELECT id, name FROM topics ORDER BY position, name LIMIT 1`);
    await sql(`UPDATE topics SET name = $2 WHERE id = $1`, [id, `${name} (diubah)`]);
    await sql(`INSERT INTO topics (name, position) VALUES ('Topik baru dari pusat', 999)`);
    await waitFor(
      async () => {
        const now = await topicNames();
        return now[0] === `${name} (diubah)` && now.at(-1) === 'Topik baru dari pusat' && now.length === before.length + 1;
      },
      { timeoutMs: 2000, what: 'the renamed and the new topic to show' },
    );
  });
});
