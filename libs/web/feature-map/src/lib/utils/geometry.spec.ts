import { childContaining, countByChild } from './geometry';

describe('markers per child of the view', () => {
  it('puts a village in itself when it is a child, else in the child whose code it extends', () => {
    const kecamatan = ['15.02.02', '15.02.10'];
    expect(childContaining('15.02.10.2001', kecamatan)).toBe('15.02.10');
    expect(childContaining('15.02.10.2001', ['15.02.10.2001', '15.02.10.2002'])).toBe('15.02.10.2001');
    // 15.02.1 is not a prefix match for 15.02.10 (codes compare by part, not by character).
    expect(childContaining('15.02.10.2001', ['15.02.1'])).toBeNull();
    expect(countByChild(['15.02.10.2001', '15.02.10.2002', '15.02.02.1001', '15.01.21.2009'], kecamatan)).toEqual(
      new Map([
        ['15.02.10', 2],
        ['15.02.02', 1],
      ]),
    );
  });
});
