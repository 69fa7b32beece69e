import { exportQuery } from './exportQuery';

describe('exportQuery', () => {
  it('writes the list filter as the export routes read it', () => {
    const query = exportQuery({
      search: 'tppo desa',
      statuses: ['VERIFIED', 'SUBMITTED'],
      types: ['SOSIALISASI'],
      regionCode: '15.02',
      from: '2025-05-31T17:00:00.000Z',
      returnedToMe: true,
    });
    expect(Object.fromEntries(new URLSearchParams(query))).toEqual({
      search: 'tppo desa',
      statuses: 'VERIFIED,SUBMITTED',
      types: 'SOSIALISASI',
      regionCode: '15.02',
      from: '2025-05-31T17:00:00.000Z',
      returnedToMe: 'true',
    });
  });

  it('leaves out what is not set', () => {
    expect(exportQuery({})).toBe('');
    expect(exportQuery({ statuses: [], returnedToMe: false })).toBe('');
  });
});
