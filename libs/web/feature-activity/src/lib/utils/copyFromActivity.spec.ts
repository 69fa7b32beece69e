import { copyFromActivity, type CopySource } from './copyFromActivity';
import { emptyForm } from './formState';

const source: CopySource = {
  id: 'a1',
  title: 'Sosialisasi TPPO di Hotel Royal Bangko',
  type: 'PENYULUHAN',
  leadAgencyId: 'kerinci',
  venueName: 'Hotel Royal Bangko',
  venueRegion: { code: '15.02.02', name: 'Bangko' },
  topics: [{ id: 't1' }, { id: 't2' }],
  programmeItems: [{ id: 'i8' }],
  villages: [
    { code: '15.02.10.2001', reach: 'OFFICIALS_ATTENDED', region: { code: '15.02.10.2001', name: 'Pulau Rengas' } },
    { code: '15.02.02.1001', reach: 'HELD_IN_VILLAGE', region: { code: '15.02.02.1001', name: 'Pasar Bangko' } },
  ],
  coOrganisers: [{ agency: { id: 'dinas', shortName: 'Dinas PMTSP-TK Merangin', name: 'Dinas' } }],
};

describe('copyFromActivity', () => {
  it('takes the type, topics, programme items, venue, villages and co-organisers of the earlier activity', () => {
    const form = copyFromActivity(emptyForm(), source, 'kerinci');
    expect(form).toMatchObject({
      type: 'PENYULUHAN',
      topicIds: ['t1', 't2'],
      programmeItemIds: ['i8'],
      venueName: 'Hotel Royal Bangko',
      venueRegion: { code: '15.02.02', name: 'Bangko' },
      villages: [
        { code: '15.02.10.2001', name: 'Pulau Rengas', reach: 'OFFICIALS_ATTENDED' },
        { code: '15.02.02.1001', name: 'Pasar Bangko', reach: 'HELD_IN_VILLAGE' },
      ],
      coOrganiserIds: ['dinas'],
    });
  });

  it('keeps what the person typed of the title, dates and participants: those belong to the new day', () => {
    const typed = {
      ...emptyForm(),
      title: 'Sosialisasi lanjutan',
      date: '2026-11-20',
      startTime: '08:00',
      endTime: '10:00',
      participants: { CAMAT: { male: 1, female: 0 } },
      attendance: [{ regionCode: '15.01.01', category: 'CAMAT' as const, male: 1, female: 0 }],
    };
    const form = copyFromActivity(typed, source, 'kerinci');
    expect(form).toMatchObject({ title: 'Sosialisasi lanjutan', date: '2026-11-20', startTime: '08:00', endTime: '10:00', endDate: '' });
    expect(form.participants).toEqual({ CAMAT: { male: 1, female: 0 } });
    expect(form.attendance).toEqual(typed.attendance);
  });

  it('never makes the copying agency its own co-organiser (it co-organised the earlier one)', () => {
    const theirs = { ...source, leadAgencyId: 'dinas', coOrganisers: [{ agency: { id: 'kerinci', shortName: 'Kanim Kerinci', name: 'Kanim' } }] };
    expect(copyFromActivity(emptyForm(), theirs, 'kerinci').coOrganiserIds).toEqual([]);
  });
});
