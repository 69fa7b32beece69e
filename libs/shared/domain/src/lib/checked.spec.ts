import { at, group } from './checked';

describe('at', () => {
  it('gives the element at an index, counting negative ones from the end', () => {
    expect(at(['a', 'b', 'c'], 0)).toBe('a');
    expect(at(['a', 'b', 'c'], -1)).toBe('c');
    expect(at('xyz', 1)).toBe('y');
  });

  it('throws, naming what was expected, when there is none', () => {
    expect(() => at([], 0, 'row')).toThrow('Expected row at index 0 of 0, found none');
    expect(() => at([1], 1)).toThrow('Expected element at index 1 of 1, found none');
    expect(() => at([1], -2)).toThrow('Expected element at index -2 of 1, found none');
  });
});

describe('group', () => {
  it('gives a captured group, and throws for one not captured', () => {
    const match = /^(a)(b)?$/.exec('a');
    expect(match).not.toBeNull();
    if (!match) return;
    expect(group(match, 1)).toBe('a');
    expect(() => group(match, 2)).toThrow('Expected group 2');
  });
});
