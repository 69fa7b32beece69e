import { PATH_METADATA } from '@nestjs/common/constants';
import { createHash } from 'node:crypto';
import { startTestApp, TestApp } from '../../../../test/test-app';
import { withAdmin } from '../../../../test/test-database';
import { ACCESS_METADATA } from '../../../common/access/access.decorators';
import { loadExcel } from '../../../common/excel';
import { COLUMNS, IMPORT_LIMITS } from './import.columns';
import { ActivityImportController } from './import.controller';
import type { ImportReport } from './import.report';
import { onlyRow } from '../../../database/kysely';
import { at } from '@jangkau/shared-domain';

type Row = Record<string, string>;

/** A past activity in Kabupaten Merangin, as a spreadsheet row. */
const row = (over: Row = {}): Row => ({
  jenis: 'SOSIALISASI',
  judul: 'Sosialisasi TPPO bagi Kepala Desa se-Kecamatan Bangko Barat',
  uraian: 'Sosialisasi tentang modus operandi perdagangan orang.',
  tanggal: '2025-08-12',
  jam_mulai: '09:00',
  jam_selesai: '12:00',
  tempat: 'Kantor Camat Bangko Barat',
  kode_wilayah_tempat: '15.02.10',
  desa_kelurahan: '15.02.10',
  cara_menjangkau: 'OFFICIALS_ATTENDED',
  butir_program: '8',
  topik: 'modus operandi; Pencegahan Secara Sosial',
  camat_l: '1',
  kepala_desa_l: '5',
  kepala_desa_p: '1',
  ...over,
});

const KEYS = COLUMNS.map((c) => c.key);

function csv(rows: Row[], separator = ',', bom = true): Buffer {
  const cell = (v: string) => (/[",;\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [KEYS.join(separator), ...rows.map((r) => KEYS.map((k) => cell(r[k] ?? '')).join(separator))];
  const body = Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
  return bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

describe('activity import (real PostgreSQL, over HTTP)', () => {
  let t: TestApp;
  let kerinciId: string;
  let petugasId: string;
  const sql = <T = any>(query: string, params: unknown[] = []) => withAdmin(t.db.url, async (c) => (await c.query(query, params)).rows as T[]);
  const count = async (table: string, where = 'TRUE', params: unknown[] = []) =>
    onlyRow(await sql<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params), 'count').n;

  async function upload(
    body: Buffer,
    options: { as?: string; name?: string; dryRun?: string; accept?: string; language?: string; field?: string } = {},
  ): Promise<{ status: number; body: any; text: string; contentType: string | null }> {
    const form = new FormData();
    form.append(options.field ?? 'file', new Blob([new Uint8Array(body)]), options.name ?? 'kegiatan.csv');
    const query = options.dryRun === undefined ? '' : `?dryRun=${options.dryRun}`;
    const res = await fetch(`${t.baseUrl}/api/activities/import${query}`, {
      method: 'POST',
      headers: {
        ...(await t.as(options.as ?? 'petugas.kerinci')),
        ...(options.accept ? { accept: options.accept } : {}),
        ...(options.language ? { 'accept-language': options.language } : {}),
      },
      body: form,
    });
    const text = await res.text();
    const contentType = res.headers.get('content-type');
    return { status: res.status, text, contentType, body: contentType?.includes('application/json') ? JSON.parse(text) : null };
  }

  const report = (r: { body: any }) => r.body as ImportReport;
  const problems = (list: ImportReport['errors']) => list.map((e) => [e.row, e.column, e.code]);

  beforeAll(async () => {
    t = await startTestApp();
    ({ id: kerinciId } = onlyRow(await sql(`SELECT id FROM agencies WHERE short_name = 'Kanim Kerinci'`), 'kerinciId'));
    ({ id: petugasId } = onlyRow(await sql(`SELECT id FROM users WHERE username = 'petugas.kerinci'`), 'petugasId'));
  });

  afterAll(async () => {
    await t?.close();
  });

  it('declares who may call every route', () => {
    const routes = Object.getOwnPropertyNames(ActivityImportController.prototype).filter(
      (name) => name !== 'constructor' && Reflect.getMetadata(PATH_METADATA, (ActivityImportController.prototype as any)[name]) !== undefined,
    );
    expect(routes.sort()).toEqual(['import', 'templateCsv', 'templateXlsx']);
    for (const name of routes) expect(Reflect.getMetadata(ACCESS_METADATA, (ActivityImportController.prototype as any)[name])).toEqual({ kind: 'permission', permission: 'ACTIVITY_WRITE' });
  });

  it('hands out an XLSX template: the column keys on row 1, a commented example, a guide with codes, topics and programme items', async () => {
    const res = await fetch(`${t.baseUrl}/api/activities/import/template.xlsx`, { headers: await t.as('petugas.kerinci') });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="templat-impor-kegiatan.xlsx"');
    const { Workbook } = loadExcel();
    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Kegiatan')!;
    expect((sheet.getRow(1).values as string[]).slice(1)).toEqual(KEYS);
    expect(KEYS.slice(0, 13)).toEqual([
      'jenis',
      'judul',
      'uraian',
      'tanggal',
      'jam_mulai',
      'jam_selesai',
      'tanggal_selesai',
      'tempat',
      'kode_wilayah_tempat',
      'desa_kelurahan',
      'cara_menjangkau',
      'butir_program',
      'topik',
    ]);
    expect(KEYS).toContain('kepala_desa_p');
    expect(sheet.getRow(2).getCell(KEYS.indexOf('tempat') + 1).value).toBe('Hotel Royal Bangko');
    expect(sheet.getRow(2).getCell(1).value).toBe('#SOSIALISASI');
    const guide = workbook.getWorksheet('Petunjuk')!;
    const text: string[] = [];
    guide.eachRow((r) => text.push((r.values as unknown[]).slice(1).join(' | ')));
    const all = text.join('\n');
    for (const expected of [
      'RAPAT_KOORDINASI | Rapat koordinasi',
      'OFFICIALS_ATTENDED | Aparat desa hadir',
      'calon_pmi_l | calon_pmi_p | Calon PMI',
      'modus operandi',
      '8 | pencegahan TPPO dan TPPM',
      '2024-01-01',
    ]) {
      expect(all).toContain(expected);
    }

    // In English when asked; the keys do not change.
    const en = await fetch(`${t.baseUrl}/api/activities/import/template.xlsx`, { headers: { ...(await t.as('petugas.kerinci')), 'accept-language': 'en' } });
    const english = new Workbook();
    await english.xlsx.load(Buffer.from(await en.arrayBuffer()) as unknown as ArrayBuffer);
    expect(english.getWorksheet('Guide')).toBeDefined();
    expect((english.getWorksheet('Kegiatan')!.getRow(1).values as string[]).slice(1)).toEqual(KEYS);
  });

  it('hands out a CSV template: UTF-8 with BOM, the header, the example and the guide as comment rows', async () => {
    const res = await fetch(`${t.baseUrl}/api/activities/import/template.csv`, { headers: await t.as('kepala.kerinci') });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe(KEYS.join(','));
    expect(lines[1]).toMatch(/^#SOSIALISASI,"Sosialisasi Pencegahan TPPO dan TPPM bagi Camat, Lurah dan Kepala Desa",/);
    expect(lines[1]).toContain('Hotel Royal Bangko,15.02.02,15.02.02;15.02.10,OFFICIALS_ATTENDED,8');
    expect(lines.slice(2).every((l) => l === '' || l.startsWith('"#') || l.startsWith('#'))).toBe(true);
    expect(lines.join('\n')).toContain('8 = pencegahan TPPO dan TPPM');

    // The template as downloaded holds no activity: uploading it is refused as empty (the example is commented).
    const empty = await upload(bytes);
    expect(empty.status).toBe(400);
    expect(empty.body.error).toBe('IMPORT_NO_ROWS');
  });

  it('takes the XLSX template back as filled in: the example row, once its # is removed, is the founding story, already recorded', async () => {
    const res = await fetch(`${t.baseUrl}/api/activities/import/template.xlsx`, { headers: await t.as('petugas.kerinci') });
    const { Workbook } = loadExcel();
    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Kegiatan')!;
    sheet.getRow(2).getCell(1).value = 'SOSIALISASI';
    sheet.getRow(3).values = ['#SOSIALISASI', 'Baris yang dinonaktifkan', 'uraian', '2025-06-17'];
    const filled = Buffer.from(await workbook.xlsx.writeBuffer());

    const r = report(await upload(filled, { name: 'templat.xlsx' }));
    expect(r).toMatchObject({ rows: 1, valid: 1, invalid: 0, errors: [] });
    expect(r.preview[0]).toMatchObject({
      title: 'Sosialisasi Pencegahan TPPO dan TPPM bagi Camat, Lurah dan Kepala Desa',
      startsAt: '2025-06-16T02:00:00.000Z',
      venueRegionCode: '15.02.02',
      villageCount: 14,
      participants: { male: 16, female: 0 },
      programmeItems: [8],
    });
    // The demo already holds the founding story (verified), and row 3 was commented out.
    expect(problems(r.warnings)).toEqual([
      [2, null, 'IMPORT_DUPLICATE_EXISTING'],
      [3, null, 'IMPORT_ROW_IGNORED'],
    ]);
    expect(at(r.warnings, 0, 'warning').message).toBe('Kegiatan dengan tanggal, judul dan tempat yang sama sudah tercatat di Jangkau (terverifikasi); periksa agar tidak tercatat dua kali.');
  });

  it('a dry run reports every problem of every row, with its row and column, in Indonesian (or English), and writes nothing', async () => {
    const activities = await count('activities');
    const audit = await count('audit_log');
    const file = csv([
      row(), // 2: fine
      row({ jenis: 'RAPAT', tanggal: '2025-13-01', camat_l: '1.000' }), // 3
      row({ jam_mulai: '25:00', topik: 'modus operandi; topik karangan' }), // 4
      row({ tanggal: '2027-01-05', butir_program: '' }), // 5: not held yet
      row({ desa_kelurahan: '15.02.10;15.02.10.2099' }), // 6: checked by ActivityValidator.validate
      row({ cara_menjangkau: '', tanggal: '2026-03-02', butir_program: '8' }), // 7: item 8's framework ended 2025
      row({ judul: '' }), // 8
      row({ jam_mulai: '14:00', jam_selesai: '10:00' }), // 9
      row({ judul: 'Sosialisasi TPPO bagi Kepala Desa se-Kecamatan Bangko Barat' }), // 10: same as row 2 (a warning)
    ]);
    const res = await upload(file, { dryRun: 'true' });
    expect(res.status).toBe(200);
    const r = report(res);
    expect(problems(r.errors)).toEqual([
      [3, 'jenis', 'IMPORT_TYPE_UNKNOWN'],
      [3, 'tanggal', 'IMPORT_DATE_INVALID'],
      [3, 'camat_l', 'IMPORT_COUNT_INVALID'],
      [4, 'jam_mulai', 'IMPORT_TIME_INVALID'],
      [4, 'topik', 'IMPORT_TOPIC_UNKNOWN'],
      [5, 'tanggal', 'IMPORT_NOT_HELD_YET'],
      [6, 'desa_kelurahan', 'ACTIVITY_VILLAGE_NOT_FOUND'],
      [7, 'cara_menjangkau', 'IMPORT_REACH_REQUIRED'],
      [7, 'butir_program', 'IMPORT_NO_FRAMEWORK_IN_FORCE'],
      [8, 'judul', 'IMPORT_REQUIRED'],
      [9, 'jam_selesai', 'ACTIVITY_END_BEFORE_START'],
    ]);
    expect(r).toMatchObject({ dryRun: true, committed: false, rows: 9, valid: 2, invalid: 7, alreadyImported: 0, created: 0, errorCount: 11 });
    expect(problems(r.warnings)).toEqual([[10, null, 'IMPORT_DUPLICATE_IN_FILE']]);
    expect(at(r.warnings, 0, 'warning').message).toBe('Tanggal, judul dan tempat sama dengan baris 2; periksa apakah kegiatan ini tercatat dua kali.');
    const message = (rowNumber: number, column: string) => r.errors.find((e) => e.row === rowNumber && e.column === column)!.message;
    expect(message(3, 'jenis')).toBe('Jenis kegiatan "RAPAT" tidak dikenal; gunakan salah satu: SOSIALISASI, PENYULUHAN, RAPAT_KOORDINASI, PEMBENTUKAN_DESA_BINAAN, MONITORING, LAINNYA.');
    expect(message(4, 'topik')).toBe('Topik "topik karangan" tidak dikenal; lihat daftar topik di templat.');
    expect(message(6, 'desa_kelurahan')).toBe('Desa/kelurahan 15.02.10.2099 tidak ditemukan.');
    expect(message(7, 'butir_program')).toBe(
      'Tidak ada kerangka program yang berlaku pada tanggal 2 Maret 2026, jadi butir program 8 tidak dapat dipakai; kosongkan butir_program untuk kegiatan ini.',
    );
    expect(message(5, 'tanggal')).toContain('2027-01-05 09:00 WIB');
    expect(r.message).toBe('7 dari 9 baris bermasalah. Perbaiki lalu unggah lagi; belum ada yang disimpan.');
    expect(r.preview.map((p) => p.row)).toEqual([2, 10]);
    // 09:00 WIB is 02:00 UTC; Kecamatan Bangko Barat has 6 desa.
    expect(r.preview[0]).toMatchObject({
      type: 'SOSIALISASI',
      date: '2025-08-12',
      startTime: '09:00',
      timeZone: 'WIB',
      startsAt: '2025-08-12T02:00:00.000Z',
      endsAt: '2025-08-12T05:00:00.000Z',
      villageCount: 6,
      participants: { male: 6, female: 1 },
      topics: ['modus operandi', 'pencegahan secara sosial'],
      programmeItems: [8],
    });
    expect(await count('activities')).toBe(activities);
    expect(await count('audit_log')).toBe(audit);

    const english = report(await upload(file, { language: 'en' }));
    expect(english.errors.find((e) => e.row === 8)!.message).toBe('Required.');
    expect(english.errors.find((e) => e.row === 6)!.message).toBe('Village 15.02.10.2099 was not found.');
    expect(english.message).toBe('7 of 9 rows have problems. Fix them and upload again; nothing has been saved.');
  });

  it('a commit of a file with one bad row writes nothing (422, the same report)', async () => {
    const before = { activities: await count('activities'), villages: await count('activity_villages'), audit: await count('audit_log') };
    const res = await upload(csv([row(), row({ judul: 'Penyuluhan PMI di Pulau Rengas', tanggal: '2025-07-01' }), row({ kode_wilayah_tempat: '15.02.77' })]), { dryRun: 'false' });
    expect(res.status).toBe(422);
    expect(report(res)).toMatchObject({ dryRun: false, committed: false, rows: 3, valid: 2, invalid: 1, created: 0 });
    expect(problems(report(res).errors)).toEqual([[4, 'kode_wilayah_tempat', 'ACTIVITY_VENUE_REGION_NOT_FOUND']]);
    expect(report(res).message).toBe('Tidak ada yang diimpor: 1 dari 3 baris bermasalah. Perbaiki lalu unggah lagi.');
    expect({ activities: await count('activities'), villages: await count('activity_villages'), audit: await count('audit_log') }).toEqual(before);
  });

  it('a clean commit records every row as SUBMITTED, led by the caller’s agency, with villages expanded, participants, topics, programme item and audit entries; a repeat creates nothing', async () => {
    const file = csv([
      row(),
      row({
        jenis: 'Penyuluhan',
        judul: 'Penyuluhan Prosedur PMI di Desa Pulau Rengas',
        tanggal: '12/09/2025',
        jam_mulai: '13.30',
        jam_selesai: '15:00',
        tempat: 'Balai Desa Pulau Rengas',
        kode_wilayah_tempat: '15.02.10.2001',
        desa_kelurahan: '15.02.10.2001',
        cara_menjangkau: 'HELD_IN_VILLAGE',
        butir_program: '',
        topik: 'prosedur PMI',
        camat_l: '',
        kepala_desa_l: '',
        kepala_desa_p: '',
        calon_pmi_l: '14',
        calon_pmi_p: '9',
      }),
      row({
        jenis: 'RAPAT_KOORDINASI',
        judul: 'Rapat Koordinasi TPPO Tingkat Kabupaten',
        tanggal: '2025-10-01',
        tanggal_selesai: '2025-10-02',
        desa_kelurahan: '',
        cara_menjangkau: '',
        kode_wilayah_tempat: '15.02',
      }),
    ]);
    const sha256 = createHash('sha256').update(file).digest('hex');
    const activitiesBefore = await count('activities');

    const res = await upload(file, { dryRun: 'false', name: 'kegiatan 2025.csv' });
    expect(res.status).toBe(200);
    expect(report(res)).toMatchObject({ dryRun: false, committed: true, rows: 3, valid: 3, invalid: 0, alreadyImported: 0, created: 3, errors: [] });
    expect(report(res).file).toEqual({ name: 'kegiatan 2025.csv', bytes: file.length, sha256, format: 'csv', separator: ',' });
    expect(report(res).message).toBe('3 kegiatan diimpor dan diajukan kepada kepala kantor untuk diverifikasi.');
    expect(await count('activities')).toBe(activitiesBefore + 3);

    const ids = report(res).preview.map((p) => p.id);
    const rows = await sql(
      `SELECT a.id, a.type, a.status, a.title, a.lead_agency_id, a.created_by, a.submitted_by, a.submitted_at IS NOT NULL AS submitted,
         a.starts_at, a.ends_at, a.time_zone,
         (SELECT count(*)::int FROM activity_villages v WHERE v.activity_id = a.id) AS villages,
         (SELECT array_agg(v.reach::text) FROM activity_villages v WHERE v.activity_id = a.id) AS reaches,
         (SELECT json_agg(json_build_array(p.category, p.male, p.female, p.agency_id) ORDER BY p.category) FROM activity_participants p WHERE p.activity_id = a.id) AS participants,
         (SELECT array_agg(t.name ORDER BY t.name) FROM activity_topics x JOIN topics t ON t.id = x.topic_id WHERE x.activity_id = a.id) AS topics,
         (SELECT array_agg(i.number) FROM activity_programme_items x JOIN programme_items i ON i.id = x.programme_item_id WHERE x.activity_id = a.id) AS items
       FROM activities a WHERE a.id = ANY($1::uuid[]) ORDER BY a.starts_at`,
      [ids],
    );
    expect(rows).toHaveLength(3);
    for (const a of rows) expect(a).toMatchObject({ status: 'SUBMITTED', lead_agency_id: kerinciId, created_by: petugasId, submitted_by: petugasId, submitted: true, time_zone: 'WIB' });
    const [bangkoBarat, pulauRengas, rapat] = rows;
    expect(bangkoBarat).toMatchObject({ type: 'SOSIALISASI', villages: 6, items: [8], topics: ['modus operandi', 'pencegahan secara sosial'] });
    expect(bangkoBarat.reaches.every((r: string) => r === 'OFFICIALS_ATTENDED')).toBe(true);
    expect(bangkoBarat.participants).toEqual([
      ['CAMAT', 1, 0, kerinciId],
      ['KEPALA_DESA', 5, 1, kerinciId],
    ]);
    expect(bangkoBarat.starts_at.toISOString()).toBe('2025-08-12T02:00:00.000Z');
    expect(pulauRengas).toMatchObject({ type: 'PENYULUHAN', villages: 1, reaches: ['HELD_IN_VILLAGE'], items: null, topics: ['prosedur PMI'] });
    expect(pulauRengas.participants).toEqual([['CALON_PMI', 14, 9, kerinciId]]);
    expect(pulauRengas.starts_at.toISOString()).toBe('2025-09-12T06:30:00.000Z');
    expect(rapat).toMatchObject({ type: 'RAPAT_KOORDINASI', villages: 0 });
    expect(rapat.ends_at.toISOString()).toBe('2025-10-02T05:00:00.000Z');

    // One audit entry per activity (as any creation writes), and one for the batch.
    const entries = await sql(`SELECT entity, entity_id, operation, actor_username, subject_agency_id, changes FROM audit_log WHERE operation = 'importActivities' ORDER BY id`);
    expect(
      entries
        .filter((e) => e.entity === 'Activity')
        .map((e) => e.entity_id)
        .sort(),
    ).toEqual([...ids].sort());
    expect(entries.filter((e) => e.entity === 'Activity')[0].changes.status).toEqual({ from: null, to: 'SUBMITTED' });
    const batch = entries.filter((e) => e.entity === 'ActivityImport');
    expect(batch).toHaveLength(1);
    expect(batch[0]).toMatchObject({ entity_id: sha256, actor_username: 'petugas.kerinci', subject_agency_id: kerinciId });
    expect(batch[0].changes).toMatchObject({ rows: { from: null, to: 3 }, created: { from: null, to: 3 }, fileName: { from: null, to: 'kegiatan 2025.csv' } });

    // The head sees them waiting for verification, and is told once of the whole import (not once per row).
    const head = await t.gql(`{ activityCount(filter: { statuses: [SUBMITTED], search: "Pulau Rengas" }) }`, {}, await t.as('kepala.kerinci'));
    expect(head.data?.activityCount).toBe(1);
    const told = await t.gql(`{ notifications(kinds: [ACTIVITY_SUBMITTED]) { nodes { title link } } }`, {}, await t.as('kepala.kerinci'));
    expect(told.data?.notifications.nodes.filter((n: { title: string }) => n.title.includes('impor'))).toEqual([
      { title: 'Menunggu verifikasi: 3 kegiatan hasil impor diajukan oleh Petugas Kantor Imigrasi Kerinci', link: '/kegiatan?menunggu=1' },
    ]);

    // The same file again (a retry after a lost reply): found, not inserted twice.
    const audit = await count('audit_log');
    const again = await upload(file, { dryRun: 'false' });
    expect(again.status).toBe(200);
    expect(report(again)).toMatchObject({ committed: true, rows: 3, valid: 0, alreadyImported: 3, created: 0 });
    expect(problems(report(again).warnings)).toEqual([[null, null, 'IMPORT_ALREADY_IMPORTED']]);
    expect(report(again).message).toBe('Semua 3 baris berkas ini sudah diimpor sebelumnya; tidak ada yang ditambahkan.');
    expect(await count('activities')).toBe(activitiesBefore + 3);
    expect(await count('audit_log')).toBe(audit);

    // The same rows in another file (re-saved, so other bytes) are flagged as probably recorded already.
    const resaved = report(await upload(csv([row()], ';'), { dryRun: 'true' }));
    expect(problems(resaved.warnings)).toEqual([[2, null, 'IMPORT_DUPLICATE_EXISTING']]);
    expect(at(resaved.warnings, 0, 'warning').message).toContain('(diajukan)');
  });

  it('two commits of one file racing each other create its rows once', async () => {
    const file = csv([row({ judul: 'Monitoring Desa Binaan Lubuk Birah', jenis: 'MONITORING', tanggal: '2025-11-03' })]);
    const [a, b] = await Promise.all([upload(file, { dryRun: 'false' }), upload(file, { dryRun: 'false' })]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(report(a).created + report(b).created).toBe(1);
    expect(await count('activities', `title = 'Monitoring Desa Binaan Lubuk Birah'`)).toBe(1);
  });

  it('reads CSV separated by semicolons (Excel in an Indonesian locale), with or without BOM, and Windows-1252 with a warning', async () => {
    const semicolon = report(await upload(csv([row(), row({ judul: 'Sosialisasi; dengan titik koma', tanggal: '2025-08-13' })], ';'), { dryRun: 'true' }));
    expect(semicolon).toMatchObject({ rows: 2, valid: 2, invalid: 0, file: { separator: ';' } });
    expect(at(semicolon.preview, 1, 'second row').title).toBe('Sosialisasi; dengan titik koma');

    // Excel's plain "CSV" writes the Windows code page: é is the single byte 0xE9, not UTF-8.
    const windows = Buffer.from(csv([row({ tempat: 'Café Bangko', tanggal: '2025-08-20' })], ';', false).toString('utf8'), 'latin1');
    expect(windows.includes(0xe9)).toBe(true);
    const read = report(await upload(windows, { dryRun: 'true' }));
    expect(read).toMatchObject({ valid: 1 });
    expect(at(read.preview, 0, 'row').venueName).toBe('Café Bangko');
    expect(problems(read.warnings)).toContainEqual([null, null, 'IMPORT_ENCODING_FALLBACK']);
  });

  it('reads XLSX, with dates and times as Excel stores them, and commits it', async () => {
    const { Workbook } = loadExcel();
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Data saya');
    sheet.addRow(KEYS.map((k) => k.toUpperCase()));
    const values = row({ judul: 'Sosialisasi TPPO di SMA Negeri 1 Bangko', tempat: 'SMA Negeri 1 Bangko', kode_wilayah_tempat: '15.02.02.1010', desa_kelurahan: '15.02.02.1010' });
    const cells: unknown[] = KEYS.map((k) => values[k] ?? null);
    cells[KEYS.indexOf('tanggal')] = new Date(Date.UTC(2025, 4, 21));
    cells[KEYS.indexOf('jam_mulai')] = new Date(Date.UTC(1899, 11, 30, 8, 0));
    cells[KEYS.indexOf('jam_selesai')] = new Date(Date.UTC(1899, 11, 30, 10, 30));
    cells[KEYS.indexOf('pelajar_p')] = 40;
    cells[KEYS.indexOf('pelajar_l')] = { formula: '20+15', result: 35 };
    sheet.addRow(cells);
    sheet.addRow([]);
    sheet.addRow(['# catatan: baris ini diabaikan']);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());

    const res = await upload(file, { name: 'kegiatan.xlsx', dryRun: 'false' });
    expect(report(res).errors).toEqual([]);
    expect(res.status).toBe(200);
    const r = report(res);
    expect(r).toMatchObject({ rows: 1, created: 1, file: { format: 'xlsx', separator: null } });
    expect(r.preview[0]).toMatchObject({ date: '2025-05-21', startTime: '08:00', endTime: '10:30', startsAt: '2025-05-21T01:00:00.000Z', participants: { male: 41, female: 41 } });
    const a = onlyRow(await sql(`SELECT status FROM activities WHERE id = $1`, [at(r.preview, 0, 'row').id]), 'imported activity');
    expect(a.status).toBe('SUBMITTED');
  });

  it('streams progress lines and then the report as NDJSON when asked', async () => {
    const rows = Array.from({ length: 1200 }, (_, i) => row({ judul: `Sosialisasi TPPO gelombang ${i + 1}`, tanggal: '2025-04-01' }));
    const res = await upload(csv(rows), { dryRun: 'true', accept: 'application/x-ndjson' });
    expect(res.status).toBe(200);
    expect(res.contentType).toBe('application/x-ndjson; charset=utf-8');
    const lines = res.text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.slice(0, -1)).toEqual([
      { type: 'progress', phase: 'validate', done: 0, total: 1200 },
      { type: 'progress', phase: 'validate', done: 500, total: 1200 },
      { type: 'progress', phase: 'validate', done: 1000, total: 1200 },
      { type: 'progress', phase: 'validate', done: 1200, total: 1200 },
    ]);
    expect(lines.at(-1)).toMatchObject({ type: 'report', status: 200, report: { rows: 1200, valid: 1200 } });
  });

  it('refuses what is not a file of activities, clearly', async () => {
    const tooBig = await upload(Buffer.concat([csv([row()]), Buffer.alloc(IMPORT_LIMITS.maxFileBytes, 0x20)]));
    expect(tooBig.status).toBe(413);
    expect(tooBig.body).toEqual({ error: 'IMPORT_FILE_TOO_LARGE', message: 'Berkas terlalu besar: paling besar 5 MB. Bagi menjadi beberapa berkas.' });

    const many = await upload(csv(Array.from({ length: IMPORT_LIMITS.maxRows + 1 }, () => row())));
    expect(many.status).toBe(413);
    expect(many.body).toEqual({ error: 'IMPORT_TOO_MANY_ROWS', message: 'Berkas berisi 5001 baris kegiatan; paling banyak 5000 per berkas. Bagi menjadi beberapa berkas.' });

    const pdf = await upload(Buffer.from('%PDF-1.7\n...'), { name: 'kegiatan.pdf', language: 'en' });
    expect(pdf.status).toBe(415);
    expect(pdf.body).toEqual({ error: 'IMPORT_FILE_UNSUPPORTED', message: 'This kind of file is not supported (PDF). Save it as Excel (.xlsx) or CSV (.csv) and upload it again.' });

    const xls = await upload(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), { name: 'kegiatan.xls' });
    expect(xls.status).toBe(415);
    expect(xls.body.message).toContain('Excel 97-2003 (.xls)');

    const noFile = await upload(csv([row()]), { field: 'berkas' });
    expect(noFile.status).toBe(400);
    expect(noFile.body.error).toBe('IMPORT_FILE_MISSING');

    const badFlag = await upload(csv([row()]), { dryRun: 'ya' });
    expect(badFlag.status).toBe(400);
    expect(badFlag.body.error).toBe('IMPORT_DRY_RUN_INVALID');

    const quote = await upload(Buffer.from(`${KEYS.join(',')}\nSOSIALISASI,"Judul tanpa penutup\n`));
    expect(quote.status).toBe(400);
    expect(quote.body.message).toContain('baris 2');

    const header = report(await upload(Buffer.from('jenis,judul,tanggal,tanggal\nSOSIALISASI,Judul,2025-01-01,2025-01-01\n')));
    expect(problems(header.errors)).toEqual([
      [1, 'tanggal', 'IMPORT_COLUMN_DUPLICATE'],
      [1, 'jam_mulai', 'IMPORT_COLUMN_MISSING'],
      [1, 'jam_selesai', 'IMPORT_COLUMN_MISSING'],
      [1, 'tempat', 'IMPORT_COLUMN_MISSING'],
      [1, 'kode_wilayah_tempat', 'IMPORT_COLUMN_MISSING'],
    ]);
    expect(header).toMatchObject({ rows: 1, valid: 0, invalid: 1 });
  });

  it('lets only those who record activities import: a village account is refused', async () => {
    const activities = await count('activities');
    const res = await upload(csv([row()]), { as: 'desa.pulaurengas', dryRun: 'false' });
    expect(res.status).toBe(403);
    expect(res.body.error).toBe('ACCESS_DENIED');
    const template = await fetch(`${t.baseUrl}/api/activities/import/template.xlsx`, { headers: await t.as('desa.pulaurengas') });
    expect(template.status).toBe(403);
    const anonymous = await fetch(`${t.baseUrl}/api/activities/import/template.csv`);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { error: string }).error).toBe('AUTH_SIGN_IN_REQUIRED');
    expect(await count('activities')).toBe(activities);
  });
});
