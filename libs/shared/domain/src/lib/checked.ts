/**
 * Checked access for lists where an element must be present (with `noUncheckedIndexedAccess`, `list[i]` is
 * `T | undefined`). Throws an error naming what was expected instead of letting an `undefined` travel on.
 */

/** The element at `index` (negative counts from the end, as `Array.prototype.at`); throws when there is none. */
export function at<T>(list: ArrayLike<T>, index: number, what = 'element'): T {
  const i = index < 0 ? list.length + index : index;
  const value = i >= 0 && i < list.length ? list[i] : undefined;
  if (value === undefined) throw new Error(`Expected ${what} at index ${index} of ${list.length}, found none`);
  return value;
}

/** A regular-expression group that the pattern always captures when it matches; throws when it did not. */
export function group(match: RegExpExecArray | RegExpMatchArray, index: number): string {
  const value = match[index];
  if (value === undefined) throw new Error(`Expected group ${index} to be captured in "${match.input ?? ''}", found none`);
  return value;
}
