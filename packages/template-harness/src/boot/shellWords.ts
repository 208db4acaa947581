/**
 * Splits one simple command line into words, as sh would with quotes and
 * `$NAME` expansion; a line with shell operators (pipes, lists,
 * redirections, substitutions) is refused, since the proof maps commands,
 * not scripts.
 */
export function shellWords(
  line: string,
  env: Record<string, string | undefined> = {},
): string[] {
  const words: string[] = [];
  let word: string | undefined;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote === "'") {
      if (c === "'") quote = undefined;
      else word += c;
    } else if (c === '$' && /[A-Za-z_{]/.test(line[i + 1] ?? '')) {
      const name = /^\{?(\w+)\}?/.exec(line.slice(i + 1))!;
      word = (word ?? '') + (env[name[1]] ?? '');
      i += name[0].length;
    } else if (quote === '"') {
      if (c === '"') quote = undefined;
      else if (c === '\\' && /["\\$`]/.test(line[i + 1] ?? ''))
        word += line[++i];
      else if (c === '`')
        throw new Error(`${line}: command substitution is not in the mapping`);
      else word += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      word ??= '';
    } else if (/\s/.test(c)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (/[|&;<>()`]/.test(c) || (c === '$' && line[i + 1] === '(')) {
      throw new Error(`${line}: shell operators are not in the mapping`);
    } else if (c === '\\' && i + 1 < line.length) {
      word = (word ?? '') + line[++i];
    } else {
      word = (word ?? '') + c;
    }
  }
  if (quote) throw new Error(`${line}: an unterminated ${quote} quote`);
  if (word !== undefined) words.push(word);
  return words;
}
