/** One requirement of a requirements file, continuation lines joined. */
export interface Requirement {
  /** The requirement without its options and comment: `fastapi==0.115.6`. */
  text: string;
  /** The 1-based line it starts on. */
  line: number;
  /** How many `--hash` options it has. */
  hashes: number;
}

/** A requirements line without its comment (pip's rule: `#` at the start or after whitespace). */
function withoutComment(line: string): string {
  const comment = line.search(/(^|\s)#/);
  return comment < 0 ? line : line.slice(0, comment);
}

/**
 * The requirements of a `requirements*.txt` or `requirements*.lock` file,
 * as pip reads them: comments removed, lines ending in ` \` joined with the
 * next (pip-compile's `--hash` lines), and lines of options (`-r`, `-e`,
 * `--index-url`) left out.
 */
export function requirementEntries(text: string): Requirement[] {
  const requirements: Requirement[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    let joined = withoutComment(lines[i]).trim();
    while (joined.endsWith('\\') && i + 1 < lines.length) {
      joined = `${joined.slice(0, -1)} ${withoutComment(lines[++i]).trim()}`;
    }
    if (!joined || joined.startsWith('-')) continue;
    const option = joined.search(/\s--?[a-z]/);
    requirements.push({
      text: (option < 0 ? joined : joined.slice(0, option)).trim(),
      line,
      hashes: joined.split('--hash').length - 1,
    });
  }
  return requirements;
}
