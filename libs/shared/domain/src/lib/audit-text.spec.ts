import { describeAuditEntry, type AuditTextHelpers } from './audit-text';
import { at } from './checked';

const LABELS: Record<string, string> = {
  SUBMITTED: 'Diajukan',
  DRAFT: 'Draf',
  KEPALA_DESA: 'Kepala desa',
  CAMAT: 'Camat',
  OFFICIALS_ATTENDED: 'Aparat desa hadir',
  ACCEPTED: 'Menerima',
  INVITED: 'Diundang',
};
const helpers: AuditTextHelpers = {
  enumLabel: (code) => LABELS[code],
  instant: (iso) => `instant(${iso})`,
  date: (ymd) => `date(${ymd})`,
  number: (n) => n.toLocaleString('id-ID'),
};
const json = (value: unknown) => JSON.stringify(value);
const dinas = '2deab6c2-af32-459e-acad-4f10b4a680a4';

describe('the audit trail in words', () => {
  it('says who did what to which record, with names instead of codes', () => {
    const text = describeAuditEntry(
      {
        operation: 'submitActivity',
        entity: 'Activity',
        actorName: 'Rina Marlina',
        actorUsername: 'petugas.kerinci',
        subjectLabel: 'Sosialisasi TPPO di Pulau Rengas',
        changes: [{ field: 'status', from: json('DRAFT'), to: json('SUBMITTED') }],
        references: [],
      },
      'id',
      helpers,
    );
    expect(text.sentence).toBe('Rina Marlina (petugas.kerinci) mengajukan kegiatan “Sosialisasi TPPO di Pulau Rengas” untuk verifikasi');
    expect(text.changes).toEqual([{ field: 'Status', from: 'Draf', to: 'Diajukan' }]);
  });

  it('labels a self-verification in both languages: "Diverifikasi oleh pembuatnya: Ya"', () => {
    const entry = {
      operation: 'verifyActivity',
      entity: 'Activity',
      actorName: 'Kepala Kantor Imigrasi Kerinci',
      actorUsername: 'kepala.kerinci',
      subjectLabel: 'Sosialisasi oleh kepala kantor sendiri',
      changes: [
        { field: 'status', from: json('SUBMITTED'), to: json('VERIFIED') },
        { field: 'selfVerified', from: null, to: json(true) },
      ],
      references: [],
    };
    const id = describeAuditEntry(entry, 'id', helpers);
    expect(id.sentence).toBe('Kepala Kantor Imigrasi Kerinci (kepala.kerinci) memverifikasi kegiatan “Sosialisasi oleh kepala kantor sendiri”');
    expect(id.changes[1]).toEqual({ field: 'Diverifikasi oleh pembuatnya', from: '—', to: 'Ya' });
    const en = describeAuditEntry(entry, 'en', helpers);
    expect(en.changes[1]).toEqual({ field: 'Verified by its maker', from: '—', to: 'Yes' });
  });

  it('names regions, agencies and participant counts, and times through the reader’s helpers', () => {
    const text = describeAuditEntry(
      {
        operation: 'createActivity',
        entity: 'Activity',
        actorName: null,
        actorUsername: 'kepala.kerinci',
        subjectLabel: null,
        changes: [
          { field: 'attendance', from: null, to: json(['15.02.02 CAMAT L1 P0', '15.02.02.1009 OFFICIALS_ATTENDED']) },
          { field: 'participants', from: null, to: json(['KEPALA_DESA L10 P2']) },
          { field: 'coOrganiserIds', from: null, to: json([dinas]) },
          { field: 'startsAt', from: null, to: json('2025-06-16T02:00:00.000Z') },
          { field: `coOrganiser:${dinas}`, from: json('INVITED'), to: json('ACCEPTED') },
        ],
        references: [
          { value: '15.02.02', label: 'Bangko' },
          { value: '15.02.02.1009', label: 'Pasar Atas Bangko' },
          { value: dinas, label: 'Dinas PMTSP-TK Kabupaten Merangin' },
        ],
      },
      'id',
      helpers,
    );
    expect(text.sentence).toBe('kepala.kerinci mencatat kegiatan');
    expect(text.changes).toEqual([
      { field: 'Aparat yang hadir', from: '—', to: 'Bangko (15.02.02) — Camat: L 1, P 0; Pasar Atas Bangko (15.02.02.1009) — Aparat desa hadir' },
      { field: 'Peserta', from: '—', to: 'Kepala desa: L 10, P 2' },
      { field: 'Penyelenggara bersama', from: '—', to: 'Dinas PMTSP-TK Kabupaten Merangin' },
      { field: 'Mulai', from: '—', to: 'instant(2025-06-16T02:00:00.000Z)' },
      { field: 'Penyelenggara bersama Dinas PMTSP-TK Kabupaten Merangin', from: 'Diundang', to: 'Menerima' },
    ]);
  });

  it('speaks English in English mode, and the system when no one acted', () => {
    const text = describeAuditEntry(
      { operation: 'seedDemo', entity: 'User', subjectLabel: 'Admin (admin)', changes: [{ field: 'active', from: null, to: 'true' }], references: [] },
      'en',
      helpers,
    );
    expect(text.sentence).toBe('The system created demo data: user “Admin (admin)”');
    expect(text.changes).toEqual([{ field: 'Active', from: '—', to: 'Yes' }]);
  });

  it('shortens long lists and long texts, and keeps unknown operations and fields readable', () => {
    const many = Array.from({ length: 15 }, (_, i) => `Desa ${i + 1}`);
    const text = describeAuditEntry(
      {
        operation: 'somethingNew',
        entity: 'Widget',
        actorUsername: 'admin',
        changes: [
          { field: 'list', from: null, to: json(many) },
          { field: 'licence', from: null, to: json('x'.repeat(400)) },
        ],
        references: [],
      },
      'id',
      helpers,
    );
    expect(text.sentence).toBe('admin: somethingNew — widget');
    expect(at(text.changes, 0, 'change').to).toBe(`${many.slice(0, 12).join('; ')}; +3 lainnya`);
    expect(text.changes[1]).toEqual({ field: 'Lisensi', from: '—', to: `${'x'.repeat(300)}…` });
  });

  it('never takes a number in prose for a region', () => {
    const text = describeAuditEntry(
      {
        operation: 'updateActivity',
        entity: 'Activity',
        actorUsername: 'a',
        changes: [{ field: 'description', from: null, to: json('12 orang hadir') }],
        references: [{ value: '12', label: 'Sumatera Utara' }],
      },
      'id',
      helpers,
    );
    expect(at(text.changes, 0, 'change').to).toBe('12 orang hadir');
  });
});
