import { PATH_METADATA } from '@nestjs/common/constants';
import { startTestApp, TestApp } from '../../../../test/test-app';
import { withAdmin } from '../../../../test/test-database';
import { ACCESS_METADATA } from '../../../common/access/access.decorators';
import { loadExcel } from '../../../common/excel';
import { ReportExportController } from './report-export.controller';
import { parse as parseCsv } from 'csv-parse/sync';
import { REPORT_CSV_HEADER_LINE, REPORT_XLSX_HEADER_ROW } from './report-export.writers';
import { at } from '@jangkau/shared-domain';

// pdf-parse's index.js reads a sample file when required without a parent module: take the library itself.
const pdfParse: (data: Buffer) => Promise<{ numpages: number; text: string }> = require('pdf-parse/lib/pdf-parse.js');

const REPORT = `query ($input: ReportInput!) {
  report(input: $input) { title from to totalNote columns hideEmptyRows emptyRowsHidden
    rows { key label values { indicator value } participantsByCategory { category male female } }
    total { values { indicator value } participantsByCategory { category male female } } participantsByCategory { category male female } } }`;

const REKAP = {
  standard: 'REKAP_SOSIALISASI',
  rows: 'KABUPATEN_KOTA',
  period: '2025',
  type: 'SOSIALISASI',
  indicators: ['ACTIVITIES', 'PARTICIPANTS', 'OFFICIALS_REACHED', 'VILLAGES_REACHED'],
};
const HEADERS = ['Kode wilayah', 'Wilayah', 'Kegiatan', 'Peserta', 'Aparat dijangkau', 'Desa/kelurahan dijangkau'];
const KERINCI_AREA = ['15.01', '15.02', '15.72'];

/** Page objects counted in the file itself (pdfkit writes them uncompressed), independent of the parser. */
/** Region codes printed as a row's first cell (the parser runs the cells together: "15.02Kabupaten Merangin…"). */
const regionCodes = (text: string) => [...new Set(text.match(/(?<![\d.])\d{2}\.\d{2}(?=[A-Z])/g))].sort();

const pageObjects = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;

describe('report export (real PostgreSQL, over HTTP)', () => {
  let t: TestApp;

  const post = async (format: 'xlsx' | 'csv' | 'pdf', body: unknown, as: string | null = 'ditjen', language?: string) => {
    const res = await fetch(`${t.baseUrl}/api/reports/export.${format}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(as ? await t.as(as) : {}), ...(language ? { 'accept-language': language } : {}) },
      body: JSON.stringify(body),
    });
    return { res, body: Buffer.from(await res.arrayBuffer()) };
  };
  const getSaved = async (format: 'xlsx' | 'csv' | 'pdf', id: string, as: string | null) => {
    const res = await fetch(`${t.baseUrl}/api/reports/saved/${id}/export.${format}`, { headers: as ? await t.as(as) : {} });
    return { res, body: Buffer.from(await res.arrayBuffer()) };
  };
  const report = async (as: string, input: Record<string, unknown>) => {
    const res = await t.gql(REPORT, { input }, await t.as(as));
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.report;
  };
  const workbook = async (body: Buffer) => {
    const wb = new (loadExcel().Workbook)();
    await wb.xlsx.load(body as any);
    return wb;
  };
  /** The data rows of a sheet (below the header), the totals row last. */
  const sheetRows = (sheet: import('exceljs').Worksheet) => {
    const rows: unknown[][] = [];
    for (let r = REPORT_XLSX_HEADER_ROW + 1; r <= sheet.rowCount; r++) rows.push((sheet.getRow(r).values as unknown[]).slice(1));
    return rows;
  };
  /** The whole file as rows (csv-parse), title block included. */
  const csvLines = (body: Buffer, delimiter = ','): string[][] => parseCsv(body, { delimiter, bom: true, relax_column_count: true });
  /** The table: from the header row down. */
  const csvRows = (body: Buffer, delimiter = ',') => csvLines(body, delimiter).slice(REPORT_CSV_HEADER_LINE - 1);

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('declares access on every route', () => {
    const proto = ReportExportController.prototype as any;
    const routes = Object.getOwnPropertyNames(proto).filter((n) => n !== 'constructor' && Reflect.getMetadata(PATH_METADATA, proto[n]));
    expect(routes.sort()).toEqual(['csv', 'pdf', 'savedCsv', 'savedPdf', 'savedXlsx', 'xlsx']);
    for (const name of routes) expect(Reflect.getMetadata(ACCESS_METADATA, proto[name])).toEqual({ kind: 'permission', permission: 'ACTIVITY_READ' });
  });

  it('writes Rekap Sosialisasi 2025 as XLSX: title block, frozen header, Merangin 16 officials / 14 villages, totals, equal to the GraphQL report', async () => {
    const { res, body } = await post('xlsx', { input: REKAP });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="rekap-sosialisasi-per-kabupaten-kota_indonesia_2025.xlsx"; filename*=UTF-8''rekap-sosialisasi-per-kabupaten-kota_indonesia_2025.xlsx`,
    );
    const wb = await workbook(body);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Laporan', 'Peserta', 'Peserta per baris']);
    const sheet = at(wb.worksheets, 0, 'worksheet');
    expect(sheet.getCell('A1').value).toBe('Rekap Sosialisasi per Kabupaten/Kota');
    expect(sheet.getCell('A2').value).toBe('Periode: Tahun 2025 (01/01/2025 – 31/12/2025)');
    expect(String(sheet.getCell('A3').value)).toBe('Filter: jenis Sosialisasi');
    expect(String(sheet.getCell('A4').value)).toMatch(/^Dibuat oleh .+ \(ditjen\), \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} WIB$/);
    expect(String(sheet.getCell('A5').value)).toMatch(/idn-area-data \(ODbL\)/);
    // The test app is a demo installation: its files say so.
    expect(String(sheet.getCell('A5').value)).toContain('DATA DEMO — bukan data resmi');
    expect(String(sheet.getCell('A6').value)).toMatch(/^Baris tanpa kegiatan disembunyikan: \d+ dari 514 kabupaten\/kota/);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: REPORT_XLSX_HEADER_ROW });
    expect((sheet.getRow(REPORT_XLSX_HEADER_ROW).values as unknown[]).slice(1)).toEqual(HEADERS);

    const rows = sheetRows(sheet);
    const merangin = rows.find((r) => r[0] === '15.02')!;
    expect(merangin[1]).toMatch(/Merangin/);
    expect(merangin[HEADERS.indexOf('Aparat dijangkau')]).toBe(16);
    expect(merangin[HEADERS.indexOf('Desa/kelurahan dijangkau')]).toBe(14);
    expect(sheet.getRow(REPORT_XLSX_HEADER_ROW + 1 + rows.indexOf(merangin)).getCell(HEADERS.indexOf('Peserta') + 1).numFmt).toBe('#,##0');

    // Every row and the total equal the on-screen report for the same input.
    const screen = await report('ditjen', REKAP);
    expect(rows).toHaveLength(screen.rows.length + 1);
    screen.rows.forEach((row: any, i: number) => {
      expect(rows[i]?.slice(0, 2)).toEqual([row.key, row.label]);
      expect(rows[i]?.slice(2)).toEqual(row.values.map((v: any) => v.value));
    });
    const totals = rows.at(-1)!;
    expect(totals[1]).toBe(screen.totalNote ? `Total (${screen.totalNote})` : 'Total');
    expect(totals.slice(2)).toEqual(screen.total.values.map((v: any) => v.value));

    // Participants by category × sex, with its own totals row.
    const people = sheetRows(wb.getWorksheet('Peserta')!);
    expect(people.slice(0, -1).map((r) => r.slice(1))).toEqual(screen.participantsByCategory.map((p: any) => [p.male, p.female, p.male + p.female]));
    expect(people.at(-1)![0]).toBe('Total');
  });

  it('adds a comparison sheet (previous values and change) and formats ratios as percentages', async () => {
    const input = { rows: 'KABUPATEN_KOTA', withinRegion: '15', period: '2025-06', compare: 'PREVIOUS_PERIOD', indicators: ['VILLAGES_REACHED', 'COVERAGE_RATIO'] };
    const wb = await workbook((await post('xlsx', { input })).body);
    expect(wb.worksheets.map((s) => s.name)).toContain('Perbandingan');
    const main = wb.getWorksheet('Laporan')!;
    const merangin = sheetRows(main).findIndex((r) => r[0] === '15.02');
    const ratio = main.getRow(REPORT_XLSX_HEADER_ROW + 1 + merangin).getCell(4);
    expect(ratio.numFmt).toBe('0.0%');
    expect(typeof ratio.value).toBe('number');
    const compare = sheetRows(wb.getWorksheet('Perbandingan')!).find((r) => r[0] === '15.02')!;
    // Merangin in June 2025: 14 villages, none in May.
    expect(compare.slice(2, 5)).toEqual([14, 0, 14]);
  });

  it('writes the CSV with a BOM, one header row, the rows, then the total row', async () => {
    const { res, body } = await post('csv', { input: REKAP });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csvRows(body);
    expect(rows[0]?.slice(0, HEADERS.length)).toEqual(HEADERS);
    const screen = await report('ditjen', REKAP);
    expect(rows).toHaveLength(screen.rows.length + 2);
    expect(rows.find((r) => r[0] === '15.02')!.slice(4, 6)).toEqual(['16', '14']);
    expect(rows.at(-1)!.slice(2, HEADERS.length)).toEqual(screen.total.values.map((v: any) => String(v.value)));
  });

  it('writes a semicolon CSV with decimal commas for Indonesian Excel, ratios as percentages, and a title block naming the period', async () => {
    const input = { rows: 'KABUPATEN_KOTA', withinRegion: '15', period: '2025-Q4', indicators: ['VILLAGES_REACHED', 'COVERAGE_RATIO'] };
    const semicolon = await post('csv', { input, separator: ';' }, 'kanwil.jambi');
    expect(semicolon.res.status).toBe(200);
    expect(semicolon.res.headers.get('content-disposition')).toMatch(/filename="[a-z0-9-]+_jambi_2025-Q4\.csv"/);
    const lines = csvLines(semicolon.body, ';');
    expect(lines[1]?.[0]).toBe('Periode: Triwulan IV 2025 (01/10/2025 – 31/12/2025)');
    expect(lines[2]?.[0]).toContain('wilayah Jambi');
    const [header, ...rows] = csvRows(semicolon.body, ';');
    // Columns, not one cell per line: the code, the name, the villages and the ratio stand apart.
    expect(header).toHaveLength(4);
    expect(header?.[3]).toMatch(/\(%\)$/);
    const screen = await report('kanwil.jambi', input);
    const merangin = screen.rows.find((r: { key: string }) => r.key === '15.02');
    const ratio = merangin.values.find((v: { indicator: string }) => v.indicator === 'COVERAGE_RATIO').value as number;
    const meranginRow = rows.find((r) => r[0] === '15.02')!;
    expect(meranginRow[3]).toBe((Math.round(ratio * 1000) / 10).toLocaleString('id-ID', { maximumFractionDigits: 1 }).replace(/\./g, ''));
    expect(meranginRow[3]).not.toContain('.');

    const comma = csvRows((await post('csv', { input, separator: ',' }, 'kanwil.jambi')).body);
    expect(comma.find((r) => r[0] === '15.02')![3]).toBe(String(Math.round(ratio * 1000) / 10));
    const refused = await post('csv', { input, separator: 'tab' }, 'kanwil.jambi');
    expect(refused.res.status).toBe(400);
  });

  it("heads the PDF with the office's letterhead, lists participants by category, and ends with the head's signature block", async () => {
    const { res, body } = await post('pdf', { input: { ...REKAP, withinRegion: '15' } }, 'kepala.kerinci');
    expect(res.status).toBe(200);
    const pdf = await pdfParse(body);
    const [office] = await withAdmin(
      t.db.url,
      async (c) =>
        (await c.query(`SELECT a.name, a.address, u.full_name AS head FROM agencies a JOIN users u ON u.agency_id = a.id AND u.role = 'HEAD' WHERE a.short_name = 'Kanim Kerinci'`)).rows,
    );
    expect(office.address).toMatch(/DEMO/);
    const [first] = pdf.text.split('Halaman 1 dari');
    expect(first).toContain(office.name.toUpperCase());
    expect(first).toContain(office.address);
    expect(pdf.text).toContain('Peserta menurut kategori dan jenis kelamin');
    expect(pdf.text).toMatch(/Kepala desa\s*\d+/);
    // The last page (after the footer of the one before it) carries the signature block.
    const pages = pageObjects(body);
    const last = pages > 1 ? pdf.text.split(`Halaman ${pages - 1} dari ${pages}`).at(-1)! : pdf.text;
    expect(last).toMatch(/Sungai Penuh, \d{1,2} \w+ \d{4}/);
    expect(last).toContain('Mengetahui,');
    expect(last).toContain(`Kepala ${office.name}`);
    expect(last).toContain(office.head);
  });

  it('speaks English when the reader reads English: title, title block, headers, sheets, PDF letterhead and signature', async () => {
    const english = await post('xlsx', { input: REKAP }, 'ditjen', 'en-GB,en;q=0.9');
    expect(english.res.headers.get('content-disposition')).toMatch(/filename="awareness-sessions-per-regency-city_indonesia_2025\.xlsx"/);
    const wb = await workbook(english.body);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Report', 'Participants', 'Participants per row']);
    const sheet = at(wb.worksheets, 0, 'worksheet');
    expect(sheet.getCell('A1').value).toBe('Awareness Sessions per Regency/City');
    expect(sheet.getCell('A2').value).toBe('Period: Year 2025 (01/01/2025 – 31/12/2025)');
    expect(String(sheet.getCell('A3').value)).toBe('Filter: type Awareness session (sosialisasi)');
    expect(String(sheet.getCell('A4').value)).toMatch(/^Made by .+ \(ditjen\), \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} WIB$/);
    expect(String(sheet.getCell('A5').value)).toContain('DEMO DATA — not official data');
    expect(String(sheet.getCell('A6').value)).toMatch(/^Rows without activity hidden: \d+ of 514 regencies\/cities \(the total still covers them all\)$/);
    expect((sheet.getRow(REPORT_XLSX_HEADER_ROW).values as unknown[]).slice(1)).toEqual(['Region code', 'Region', 'Activities', 'Participants', 'Officials reached', 'Villages reached']);
    // The same figures as the Indonesian file: only the words change.
    const indonesian = await workbook((await post('xlsx', { input: REKAP }, 'ditjen', 'id')).body);
    expect(sheetRows(sheet).slice(0, -1)).toEqual(sheetRows(at(indonesian.worksheets, 0, 'worksheet')).slice(0, -1));
    const people = sheetRows(wb.getWorksheet('Participants')!);
    expect(people.map((r) => r[0])).toContain('Village head');
    expect(people.at(-1)![0]).toBe('Total');

    const quarter = csvLines(
      (await post('csv', { input: { rows: 'KABUPATEN_KOTA', withinRegion: '15', period: '2025-Q4', indicators: ['VILLAGES_REACHED', 'COVERAGE_RATIO'] } }, 'kanwil.jambi', 'en')).body,
    );
    expect(quarter[1]?.[0]).toBe('Period: Q4 2025 (01/10/2025 – 31/12/2025)');
    expect(quarter[2]?.[0]).toBe('Filter: region Jambi');
    expect(quarter[0]?.[0]).toBe('Report per Regency/City');
    // A period given as dates is named in the file name as people name it.
    const byDates = await post(
      'csv',
      { input: { rows: 'KABUPATEN_KOTA', withinRegion: '15', from: '2025-10-01', to: '2025-12-31', indicators: ['VILLAGES_REACHED'] } },
      'kanwil.jambi',
      'en',
    );
    expect(byDates.res.headers.get('content-disposition')).toMatch(/filename="report-per-regency-city_jambi_2025-Q4\.csv"/);

    const englishPdf = (await post('pdf', { input: { ...REKAP, withinRegion: '15' } }, 'kepala.kerinci', 'en')).body;
    const pdf = await pdfParse(englishPdf);
    const pages = pageObjects(englishPdf);
    expect(pdf.text).toContain('Participants by category and sex');
    expect(pdf.text).toContain(`Page 1 of ${pages}`);
    expect(pdf.text).toContain('Acknowledged by,');
    expect(pdf.text).toMatch(/Head of Kantor Imigrasi/);
    expect(pdf.text).toMatch(/Sungai Penuh, \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/);
    expect(pdf.text).not.toContain('Halaman');
    expect(pdf.text).not.toContain('Mengetahui');
  });

  it('writes an A4 landscape PDF: title and period on every page, repeated table header, "Halaman n dari m", the chart', async () => {
    const { res, body } = await post('pdf', { input: { ...REKAP, hideEmptyRows: false } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(body.toString('latin1')).toMatch(/\/MediaBox \[0 0 841\.89 595\.28\]/);
    const pdf = await pdfParse(body);
    const pages = pageObjects(body);
    // 514 rows do not fit one page: the table breaks, and the chart has a page of its own.
    expect(pages).toBeGreaterThan(5);
    expect(pdf.numpages).toBe(pages);
    expect(pdf.text.split('Rekap Sosialisasi per Kabupaten/Kota').length - 1).toBe(pages);
    expect(pdf.text.split('Periode: Tahun 2025 (01/01/2025 – 31/12/2025)').length - 1).toBe(pages);
    // The header row on every page that holds rows of the main table (not the participants' or the chart's).
    const pageTexts = pdf.text.split(/Halaman \d+ dari \d+/).slice(0, pages);
    // Pages with rows: the main table's, then participants per row (its header ends "Jumlah L", "Jumlah P", "Jumlah").
    const tablePages = pageTexts.filter((text) => /(?<![\d.])\d{2}\.\d{2}(?=[A-Z])/.test(text));
    expect(tablePages.length).toBeGreaterThan(5);
    for (const text of tablePages) expect(text).toContain('Kode wilayah');
    expect(pageTexts.some((text) => text.includes('Jumlah L'))).toBe(true);
    // One header per page with rows, and a second one at most where participants per row start below the main table.
    expect(pdf.text.split('Kode wilayah').length - 1 - tablePages.length).toBeGreaterThanOrEqual(0);
    expect(pdf.text.split('Kode wilayah').length - 1 - tablePages.length).toBeLessThanOrEqual(1);
    for (let n = 1; n <= pages; n++) expect(pdf.text).toContain(`Halaman ${n} dari ${pages}`);
    expect(pdf.text).toContain('Kegiatan per baris (');
    expect(pdf.text).toMatch(/Kabupaten Merangin/);
    expect(pdf.text.replace(/\s+/g, ' ')).toContain('DATA DEMO — bukan data resmi');
  });

  it('says in every title block how many rows without activity were left out, and lists participants per row in every format', async () => {
    const screen = await report('ditjen', REKAP);
    expect(screen.hideEmptyRows).toBe(true);
    expect(screen.emptyRowsHidden).toBeGreaterThan(400);
    const words = `Baris tanpa kegiatan disembunyikan: ${screen.emptyRowsHidden} dari 514 kabupaten/kota`;
    const categories = screen.participantsByCategory.map((p: any) => p.category);
    const LABEL: Record<string, string> = {
      CAMAT: 'Camat',
      LURAH: 'Lurah',
      KEPALA_DESA: 'Kepala desa',
      MASYARAKAT_UMUM: 'Masyarakat umum',
      PERANGKAT_DESA: 'Perangkat desa',
      TOKOH_MASYARAKAT: 'Tokoh masyarakat',
      CALON_PMI: 'Calon PMI',
      PELAJAR: 'Pelajar',
      LAINNYA: 'Lainnya',
    };
    const label = (category: string) => {
      const text = LABEL[category];
      if (text === undefined) throw new Error(`No label for ${category}`);
      return text;
    };
    const expected = (row: any) => [
      ...categories.flatMap((c: string) => {
        const p = row.participantsByCategory.find((x: any) => x.category === c) ?? { male: 0, female: 0 };
        return [p.male, p.female];
      }),
    ];
    const merangin = screen.rows.find((r: any) => r.key === '15.02');
    expect(merangin.participantsByCategory.length).toBeGreaterThan(0);

    // XLSX: the title line, and a sheet "Peserta per baris" with each row's L/P per category, men, women, all.
    const wb = await workbook((await post('xlsx', { input: REKAP })).body);
    expect(String(at(wb.worksheets, 0, 'worksheet').getCell('A6').value)).toContain(words);
    const sheet = wb.getWorksheet('Peserta per baris')!;
    expect(String(sheet.getCell('A6').value)).toContain(words);
    expect((sheet.getRow(REPORT_XLSX_HEADER_ROW).values as unknown[]).slice(1)).toEqual([
      'Kode wilayah',
      'Wilayah',
      ...categories.flatMap((c: string) => [`${LABEL[c]} L`, `${LABEL[c]} P`]),
      'Jumlah L',
      'Jumlah P',
      'Jumlah',
    ]);
    const perRow = sheetRows(sheet);
    expect(perRow).toHaveLength(screen.rows.length + 1);
    const meranginRow = perRow.find((r) => r[0] === '15.02')!;
    const male = merangin.participantsByCategory.reduce((s: number, p: any) => s + p.male, 0);
    const female = merangin.participantsByCategory.reduce((s: number, p: any) => s + p.female, 0);
    expect(meranginRow.slice(2)).toEqual([...expected(merangin), male, female, male + female]);
    expect(male + female).toBe(merangin.values.find((v: any) => v.indicator === 'PARTICIPANTS').value);
    const totalRow = perRow.at(-1)!;
    expect(totalRow[1]).toBe('Total');
    expect(totalRow.slice(2, -3)).toEqual(expected(screen.total));
    expect(totalRow.at(-1)).toBe(screen.total.values.find((v: any) => v.indicator === 'PARTICIPANTS').value);
    // The per-row figures add up to the total's, category by category.
    const sums = categories.flatMap((_: string, i: number) => [0, 1].map((sex) => perRow.slice(0, -1).reduce((s, r) => s + (r[2 + 2 * i + sex] as number), 0)));
    expect(sums).toEqual(expected(screen.total));

    // CSV: one table, the participants as extra columns of the main one.
    const csvBody = (await post('csv', { input: REKAP })).body;
    expect(csvLines(csvBody)[5]?.[0]).toContain(words);
    const [header, ...rows] = csvRows(csvBody);
    expect(header).toEqual([...HEADERS, ...categories.flatMap((c: string) => [`Peserta ${label(c).toLowerCase()} L`, `Peserta ${label(c).toLowerCase()} P`])]);
    expect(rows.find((r) => r[0] === '15.02')!.slice(HEADERS.length)).toEqual(expected(merangin).map(String));
    expect(rows.at(-1)!.slice(HEADERS.length)).toEqual(expected(screen.total).map(String));

    // PDF: the title block says it, the total participants table and the per-row table are there.
    const pdf = (await pdfParse((await post('pdf', { input: REKAP })).body)).text;
    const flat = pdf.replace(/\s+/g, ' ');
    expect(flat).toContain(words);
    expect(pdf).toContain('Peserta menurut kategori dan jenis kelamin');
    expect(pdf).toContain('Peserta per baris menurut kategori dan jenis kelamin');
    const perRowText = at(pdf.split('Peserta per baris menurut kategori dan jenis kelamin'), 1, 'text after the per-row heading');
    // Merangin's line: its code and name, then its figures (the parser runs the cells together).
    const line = perRowText.split('\n').find((l) => l.startsWith('15.02'))!;
    expect(line).toContain('Merangin');
    expect(line.endsWith(`${male.toLocaleString('id-ID')}${female.toLocaleString('id-ID')}${(male + female).toLocaleString('id-ID')}`)).toBe(true);
    // Only rows with participants are printed there.
    expect(regionCodes(at(perRowText.split('Kegiatan per baris'), 0, 'per-row text')).length).toBe(screen.rows.filter((r: any) => r.participantsByCategory.length > 0).length);

    // A regional export lists every row by default and says so.
    const regional = await workbook((await post('xlsx', { input: { ...REKAP, withinRegion: '15' } })).body);
    expect(String(at(regional.worksheets, 0, 'worksheet').getCell('A6').value)).toMatch(/^Semua 11 kabupaten\/kota ditampilkan/);
  });

  it("gives a Kerinci head's national KABUPATEN_KOTA export only Kerinci, Merangin and Sungai Penuh, in every format", async () => {
    const input = { rows: 'KABUPATEN_KOTA', period: '2025', indicators: ['VILLAGES_REACHED', 'OFFICIALS_REACHED'] };
    const xlsx = sheetRows(at((await workbook((await post('xlsx', { input }, 'kepala.kerinci')).body)).worksheets, 0, 'worksheet'));
    expect(xlsx.slice(0, -1).map((r) => r[0])).toEqual(KERINCI_AREA);
    expect(xlsx.at(-1)![2]).toBe(14);
    const csv = csvRows((await post('csv', { input }, 'kepala.kerinci')).body);
    expect(csv.slice(1, -1).map((r) => r[0])).toEqual(KERINCI_AREA);
    const pdfBody = (await post('pdf', { input }, 'kepala.kerinci')).body;
    const pdf = await pdfParse(pdfBody);
    expect(pdf.text).toMatch(/15\.01/);
    expect(pdf.text).toMatch(/15\.72/);
    // Every region code printed is inside the working area (the national report has 514 of them).
    expect(regionCodes(pdf.text)).toEqual(KERINCI_AREA);
    expect(pdf.text).not.toMatch(/Batanghari|Kota Jambi|Aceh/);
    // The same export by the ministry has them (all of them when asked: by default it leaves out those without activity).
    const national = (await pdfParse((await post('pdf', { input: { ...input, hideEmptyRows: false } })).body)).text;
    expect(national).toMatch(/Kabupaten Batanghari/);
    expect(regionCodes(national)).toHaveLength(514);
  });

  it("exports a shared saved report with the opener's rights: a village head gets only their village", async () => {
    const input = { rows: 'KABUPATEN_KOTA', withinRegion: '15', period: '2025', indicators: ['VILLAGES_REACHED', 'COVERAGE_RATIO'] };
    const saved = await t.gql(`mutation ($input: ReportInput!) { saveReport(name: "Jambi 2025", input: $input) { id } }`, { input }, await t.as('ditjen'));
    const id = saved.data!.saveReport.id;
    const owner = sheetRows(at((await workbook((await getSaved('xlsx', id, 'ditjen')).body)).worksheets, 0, 'worksheet'));
    expect(owner.length - 1).toBeGreaterThan(1);

    const xlsx = sheetRows(at((await workbook((await getSaved('xlsx', id, 'desa.pulaurengas')).body)).worksheets, 0, 'worksheet'));
    expect(xlsx).toHaveLength(2);
    expect(xlsx[0]?.slice(0, 4)).toEqual(['15.02', expect.stringMatching(/Merangin/), 1, 1]);
    expect(xlsx[1]?.[2]).toBe(1);
    const csv = csvRows((await getSaved('csv', id, 'desa.pulaurengas')).body);
    // The coverage ratio as a percentage: the one village reached, 100 %.
    expect(csv.slice(1).map((r) => r.slice(2, 4))).toEqual([
      ['1', '100'],
      ['1', '100'],
    ]);
    const pdf = await pdfParse((await getSaved('pdf', id, 'desa.pulaurengas')).body);
    expect(regionCodes(pdf.text)).toEqual(['15.02']);
    // The same through the POST route with { savedId }.
    const posted = csvRows((await post('csv', { savedId: id }, 'desa.pulaurengas')).body);
    expect(posted).toEqual(csv);
  });

  it("writes each row's villages reached as confirmed / disputed / unanswered by their own government, in both languages and every format", async () => {
    const FOUNDING_STORY = '6a1f0c2e-1b7d-4c55-9a51-000000000001';
    // Kepala desa Pulau Rengas confirms its village; a village of Kecamatan Bangko is disputed (written as the camat's answer).
    const confirmed = await t.gql(
      `mutation { answerVillageReach(activityId: "${FOUNDING_STORY}", villageCode: "15.02.10.2001", confirmed: true, version: 0) { status } }`,
      undefined,
      await t.as('kades.pulaurengas'),
    );
    expect(confirmed.errors).toBeUndefined();
    await withAdmin(t.db.url, (c) =>
      c.query(
        `INSERT INTO activity_village_confirmations (activity_id, village_code, answer, note, agency_id, answered_by, answered_at)
         SELECT $1, '15.02.02.2004', 'DISPUTED', 'Kepala desa kami tidak hadir.', g.id, u.id, now() FROM agencies g, users u WHERE g.short_name = 'Kec. Bangko' AND u.username = 'admin'`,
        [FOUNDING_STORY],
      ),
    );
    const input = { rows: 'KABUPATEN_KOTA', withinRegion: '15', period: '2025', indicators: ['VILLAGES_REACHED'], withConfirmation: true };
    const screen = await report('kanwil.jambi', input);
    const reached = screen.rows.find((r: any) => r.key === '15.02').values[0].value;
    const total = screen.total.values[0].value;
    expect(reached).toBeGreaterThanOrEqual(14);

    const wb = await workbook((await post('xlsx', { input }, 'kanwil.jambi')).body);
    const sheet = at(wb.worksheets, 0, 'worksheet');
    expect((sheet.getRow(REPORT_XLSX_HEADER_ROW).values as unknown[]).slice(1)).toEqual([
      'Kode wilayah',
      'Wilayah',
      'Desa/kelurahan dijangkau',
      'Desa terjangkau dikonfirmasi pemerintah desa',
      'Desa terjangkau disanggah pemerintah desa',
      'Desa terjangkau belum dijawab pemerintah desa',
    ]);
    const rows = sheetRows(sheet);
    expect(rows.find((r) => r[0] === '15.02')!.slice(2)).toEqual([reached, 1, 1, reached - 2]);
    expect(rows.at(-1)!.slice(2)).toEqual([total, 1, 1, total - 2]);
    // Every row's three add up to its villages reached.
    for (const row of rows) expect((row[3] as number) + (row[4] as number) + (row[5] as number)).toBe(row[2]);

    const csv = csvRows((await post('csv', { input }, 'kanwil.jambi', 'en')).body);
    expect(csv[0]).toEqual([
      'Region code',
      'Region',
      'Villages reached',
      'Villages reached confirmed by their government',
      'Villages reached disputed by their government',
      'Villages reached not answered by their government',
    ]);
    expect(csv.find((r) => r[0] === '15.02')!.slice(2)).toEqual([String(reached), '1', '1', String(reached - 2)]);
    expect(csv.at(-1)!.slice(2)).toEqual([String(total), '1', '1', String(total - 2)]);

    for (const [language, word] of [
      ['id', 'dikonfirmasi'],
      ['en', 'confirmed by'],
    ] as const) {
      const pdf = await pdfParse((await post('pdf', { input }, 'kanwil.jambi', language)).body);
      expect(pdf.text).toContain(word);
      // The Merangin row: its code and name, then villages reached, confirmed, disputed, unanswered.
      expect(pdf.text).toMatch(new RegExp(`15\\.02Kabupaten Merangin${reached}11${reached - 2}`));
    }
    // Without asking: no such columns.
    const plain = await workbook((await post('xlsx', { input: { ...input, withConfirmation: false } }, 'kanwil.jambi')).body);
    expect((at(plain.worksheets, 0, 'worksheet').getRow(REPORT_XLSX_HEADER_ROW).values as unknown[]).slice(1)).toEqual(['Kode wilayah', 'Wilayah', 'Desa/kelurahan dijangkau']);
  });

  it('refuses bad input with a 400 in the caller’s language, unknown saved reports with a 404, and anonymous callers with a 401', async () => {
    const badRows = await post('xlsx', { input: { ...REKAP, rows: 'DESA' } });
    expect(badRows.res.status).toBe(400);
    expect(JSON.parse(badRows.body.toString())).toEqual({ error: 'REPORT_EXPORT_INVALID', message: 'Permintaan ekspor laporan tidak sah: input.rows.', field: 'input.rows' });
    const badPeriod = await post('csv', { input: { ...REKAP, period: '2025-13' } }, 'ditjen', 'en');
    expect(badPeriod.res.status).toBe(400);
    expect(JSON.parse(badPeriod.body.toString()).error).toBe('COVERAGE_PERIOD_INVALID');
    expect((await post('pdf', {})).res.status).toBe(400);
    expect((await post('pdf', { input: REKAP, savedId: '00000000-0000-4000-8000-000000000000' })).res.status).toBe(400);
    expect((await getSaved('csv', 'not-a-uuid', 'ditjen')).res.status).toBe(400);
    expect((await getSaved('csv', '00000000-0000-4000-8000-000000000000', 'ditjen')).res.status).toBe(404);
    for (const format of ['xlsx', 'csv', 'pdf'] as const) {
      expect((await post(format, { input: REKAP }, null)).res.status).toBe(401);
      expect((await getSaved(format, '00000000-0000-4000-8000-000000000000', null)).res.status).toBe(401);
    }
  });
});
