import { programmeChoices, type FormFramework } from './programmeChoices';

const akselerasi: FormFramework = {
  id: 'f13',
  name: '13 Program Akselerasi',
  validFrom: '2024-01-01',
  validTo: '2025-12-31',
  items: [{ id: 'i8', number: 8, title: 'Pencegahan TPPO dan TPPM' }],
};
const bridge: FormFramework = { id: 'fb', name: 'Peralihan', validFrom: '2025-07-01', validTo: '2026-06-30', items: [{ id: 'b1', number: 1, title: 'Butir peralihan' }] };

describe('programme choices on an activity date', () => {
  it('offers nothing and flags nothing until the date is a date', () => {
    for (const date of ['', '2025-06', '2025-02-30']) expect(programmeChoices([akselerasi], date, ['i8'])).toEqual({ date: null, inForce: [], stale: [] });
  });

  it('offers every framework in force that day, newest first, and flags chosen items outside them', () => {
    expect(programmeChoices([akselerasi, bridge], '2025-09-01', ['i8']).inForce.map((f) => f.id)).toEqual(['fb', 'f13']);
    expect(programmeChoices([akselerasi, bridge], '2026-03-01', ['i8', 'b1'])).toEqual({
      date: '2026-03-01',
      inForce: [bridge],
      stale: [{ item: akselerasi.items[0], framework: akselerasi }],
    });
  });

  it('leaves an id no framework lists to the server', () => {
    expect(programmeChoices([akselerasi], '2026-03-01', ['gone']).stale).toEqual([]);
  });
});
