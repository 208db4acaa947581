import { CR, FF, LF, SPACE, TAB } from './characters';

/**
 * The column after the character `c` at `column`, as Python counts
 * indentation: tabs to the next multiple of 8, a form feed back to 0.
 */
export function nextColumn(column: number, c: number): number {
  if (c === TAB) return (column & ~7) + 8;
  if (c === FF) return 0;
  return column + 1;
}

/** Whether `c` is indentation whitespace (space, tab, form feed). */
export const isIndentation = (c: number) =>
  c === SPACE || c === TAB || c === FF;

/** The position just after the end of the line that holds `p` (or the end of the source). */
export function afterLineEnd(source: string, p: number): number {
  const n = source.length;
  let q = p;
  while (q < n && source.charCodeAt(q) !== LF && source.charCodeAt(q) !== CR) {
    q++;
  }
  if (q < n) {
    q += source.charCodeAt(q) === CR && source.charCodeAt(q + 1) === LF ? 2 : 1;
  }
  return q;
}
