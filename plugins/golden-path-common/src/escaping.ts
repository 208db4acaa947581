const hex4 = (c: string) =>
  `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Free text as a double-quoted string that JSON, YAML, TOML and Python all
 * read back as the same text: `"` and `\` escaped, and every control
 * character (C0, DEL, C1, the line and paragraph separators) written as
 * `\uXXXX`, which all four understand and none of them allows raw.
 */
export function quotedString(text: string): string {
  return `"${text
    .replace(/[\\"]/g, '\\$&')
    .replace(/[\p{Cc}\u2028\u2029]/gu, hex4)}"`;
}

/**
 * Free text as one line of Markdown that renders as that text (in
 * Python-Markdown, which TechDocs uses, and in CommonMark): HTML's `& < >` as
 * entities, so no tag or entity gets through, and the characters
 * Python-Markdown lets a backslash escape, so no emphasis, link, heading or
 * list starts; line breaks and other control characters become spaces.
 */
export function markdownText(text: string): string {
  return text
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+\-.!]/g, '\\$&');
}
