import { startTestApp, TestApp } from '../../../test/test-app';
import { withAdmin } from '../../../test/test-database';

const UPDATE = `mutation ($id: ID!, $v: Int!, $input: AgencyInput!) { updateAgency(id: $id, version: $v, input: $input) { version address } }`;

describe("an agency's address (the letterhead of its reports)", () => {
  let t: TestApp;
  const sql = <T = any>(query: string, params: unknown[] = []) => withAdmin(t.db.url, async (c) => (await c.query(query, params)).rows as T[]);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('is kept by an update that does not name it, changed or removed by one that does, and refused when too long', async () => {
    const [kerinci] = await sql(
      `SELECT a.id, a.version, a.name, a.short_name AS "shortName", a.type, a.office_class AS "officeClass", a.parent_id AS "parentId",
              a.home_region_code AS "homeRegionCode", a.address, array(SELECT region_code FROM agency_working_areas w WHERE w.agency_id = a.id ORDER BY 1) AS "workingArea"
       FROM agencies a WHERE a.short_name = 'Kanim Kerinci'`,
    );
    expect(kerinci.address).toMatch(/^Alamat contoh \(DEMO\)/);
    const { id, version, address, ...input } = kerinci;
    const admin = await t.as('admin');

    const kept = await t.gql(UPDATE, { id, v: version, input }, admin);
    expect(kept.errors).toBeUndefined();
    expect(kept.data!.updateAgency).toEqual({ version: version + 1, address });

    const changed = await t.gql(UPDATE, { id, v: version + 1, input: { ...input, address: '  Jl. Contoh No. 1, Sungai Penuh  ' } }, admin);
    expect(changed.data!.updateAgency.address).toBe('Jl. Contoh No. 1, Sungai Penuh');

    const tooLong = await t.gql(UPDATE, { id, v: version + 2, input: { ...input, address: 'x'.repeat(301) } }, admin);
    expect(tooLong.errors![0]).toMatchObject({ message: 'Alamat paling panjang 300 karakter.', extensions: { reason: 'AGENCY_ADDRESS_TOO_LONG', field: 'address' } });

    const removed = await t.gql(UPDATE, { id, v: version + 2, input: { ...input, address: '' } }, admin);
    expect(removed.data!.updateAgency.address).toBeNull();
  });
});
