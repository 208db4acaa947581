/**
 * An ATX heading's level (1–6) and text, without its closing #s. Found by a
 * scan: one regex with three optional runs is cubic on a long line of spaces.
 */
export function markdownHeading(
  line: string,
): { level: number; text: string } | undefined {
  const match = /^(#{1,6})[ \t]+(\S[\s\S]*)$/.exec(line);
  if (!match) return undefined;
  const text = match[2].trimEnd();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  return { level: match[1].length, text: text.slice(0, end).trimEnd() || text };
}

/** Whether the line opens or closes a fenced code block (CommonMark: up to three spaces in). */
export function isFence(line: string): boolean {
  return /^ {0,3}(```|~~~)/.test(line);
}
