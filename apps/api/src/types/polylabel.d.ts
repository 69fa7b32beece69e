// polylabel 2 ships no type declarations.
declare module 'polylabel' {
  /** The pole of inaccessibility of a polygon (rings of [x, y]), to within `precision`; `distance` to the nearest edge. */
  export default function polylabel(polygon: number[][][], precision?: number, debug?: boolean): [number, number] & { distance: number };
}
