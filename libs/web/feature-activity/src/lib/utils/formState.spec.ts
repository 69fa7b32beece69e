import type { ActivityDetailFragment } from '@jangkau/web-data-access';
import { clearDraft, draftKey, readDraft, writeDraft } from './draftStore';
import { byKecamatan, emptyForm, formFromActivity, headOfVillage, participantTotals, toInput } from './formState';

describe('activity form state', () => {
  it("reads the times in the venue's zone and sends only non-empty participant rows", () => {
    const form = {
      ...emptyForm(),
      title: 'Penyuluhan di Denpasar',
      date: '2026-02-03',
      startTime: '09:00',
      endTime: '11:30',
      venueName: 'Balai Banjar',
      venueRegion: { code: '51.71.01', name: 'Denpasar Selatan' },
      participants: { CAMAT: { male: 1, female: 0 }, PELAJAR: { male: 0, female: 0 }, KEPALA_DESA: { male: 3, female: 2 } },
    };
    const input = toInput(form);
    // Bali keeps WITA (UTC+8).
    expect(input.startsAt).toBe('2026-02-03T01:00:00.000Z');
    expect(input.endsAt).toBe('2026-02-03T03:30:00.000Z');
    expect(input.participants).toEqual([
      { category: 'CAMAT', male: 1, female: 0 },
      { category: 'KEPALA_DESA', male: 3, female: 2 },
    ]);
    expect(participantTotals(form.participants)).toEqual({ male: 4, female: 2, total: 6, officials: 6 });
  });

  it('leaves an incomplete date for the server to name, rather than inventing one', () => {
    expect(toInput({ ...emptyForm(), date: '' }).startsAt).toBe('');
  });

  it("fills an edit with the lead's own participants only, and its venue-zone wall clock", () => {
    const activity = {
      startsAt: '2025-06-16T02:00:00Z',
      endsAt: '2025-06-16T05:00:00Z',
      timeZone: 'WIB',
      leadAgencyId: 'lead',
      status: 'DRAFT',
      type: 'SOSIALISASI',
      title: 'T',
      description: '',
      venueName: 'Hotel Royal Bangko',
      venueRegion: { code: '15.02.02', name: 'Bangko' },
      programmeItems: [],
      topics: [],
      coOrganisers: [{ agency: { id: 'dinas' } }],
      villages: [{ code: '15.02.10.2001', reach: 'OFFICIALS_ATTENDED', region: { name: 'Pulau Rengas' } }],
      participants: [
        { category: 'CAMAT', male: 2, female: 0, agency: { id: 'lead' } },
        { category: 'CALON_PMI', male: 7, female: 8, agency: { id: 'dinas' } },
      ],
      attendance: [
        { regionCode: '15.02.10', category: 'CAMAT', male: 1, female: 0, agency: { id: 'lead' } },
        { regionCode: '15.02.10.2001', category: 'CALON_PMI', male: 2, female: 1, agency: { id: 'dinas' } },
      ],
    } as unknown as ActivityDetailFragment;
    const form = formFromActivity(activity);
    expect(form).toMatchObject({ date: '2025-06-16', startTime: '09:00', endTime: '12:00', endDate: '', coOrganiserIds: ['dinas'] });
    expect(form.participants).toEqual({ CAMAT: { male: 2, female: 0 } });
    expect(form.villages).toEqual([{ code: '15.02.10.2001', name: 'Pulau Rengas', reach: 'OFFICIALS_ATTENDED' }]);
    expect(form.attendance).toEqual([{ regionCode: '15.02.10', category: 'CAMAT', male: 1, female: 0 }]);
  });

  it('sends attendance only for villages still listed (and the regions above them), never empty rows', () => {
    const form = {
      ...emptyForm(),
      venueRegion: { code: '15.02.02', name: 'Bangko' },
      villages: [{ code: '15.02.10.2001', name: 'Pulau Rengas', reach: 'OFFICIALS_ATTENDED' as const }],
      participants: { KEPALA_DESA: { male: 2, female: 0 }, CAMAT: { male: 1, female: 0 } },
      attendance: [
        { regionCode: '15.02.10.2001', category: 'KEPALA_DESA' as const, male: 1, female: 0 },
        { regionCode: '15.02.10.2002', category: 'KEPALA_DESA' as const, male: 1, female: 0 },
        { regionCode: '15.02.10', category: 'CAMAT' as const, male: 1, female: 0 },
        { regionCode: '15.02.10', category: 'LURAH' as const, male: 0, female: 0 },
      ],
    };
    expect(toInput(form).attendance).toEqual([
      { regionCode: '15.02.10.2001', category: 'KEPALA_DESA', male: 1, female: 0 },
      { regionCode: '15.02.10', category: 'CAMAT', male: 1, female: 0 },
    ]);
    // A draft kept before attendance existed has none.
    expect(toInput({ ...form, attendance: undefined }).attendance).toEqual([]);
    expect(headOfVillage('15.02.02.1009')).toBe('LURAH');
    expect(headOfVillage('15.02.10.2001')).toBe('KEPALA_DESA');
  });

  it('groups villages by kecamatan in code order', () => {
    const groups = byKecamatan([{ code: '15.02.10.2002' }, { code: '15.02.02.1010' }, { code: '15.02.10.2001' }]);
    expect(groups.map(([k, v]) => [k, v.map((x) => x.code)])).toEqual([
      ['15.02.02', ['15.02.02.1010']],
      ['15.02.10', ['15.02.10.2001', '15.02.10.2002']],
    ]);
  });

  it('keeps drafts per person and survives a corrupted entry', () => {
    const key = draftKey(null, 'user-1');
    expect(key).not.toBe(draftKey(null, 'user-2'));
    writeDraft(key, { savedAt: '2026-11-29T00:00:00Z', clientId: 'c1', form: { ...emptyForm(), title: 'x' } });
    expect(readDraft(key)?.form.title).toBe('x');
    localStorage.setItem(key, '{not json');
    expect(readDraft(key)).toBeNull();
    clearDraft(key);
    expect(localStorage.getItem(key)).toBeNull();
  });
});
