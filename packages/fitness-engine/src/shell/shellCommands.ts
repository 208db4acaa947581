/** One simple command of a shell script: its words, unquoted, and its line. */
export interface ShellCommand {
  argv: string[];
  /** The 0-based line of the script where the command starts. */
  line: number;
}

/** Words that open or close a compound command, dropped from a command's start. */
const RESERVED = new Set([
  'if',
  'then',
  'else',
  'elif',
  'fi',
  'do',
  'done',
  'while',
  'until',
  '!',
  '{',
  '}',
]);

const SEPARATORS = new Set([';', '&', '|', '(', ')']);

/**
 * The simple commands of a POSIX shell script, in order: `a && b; c | d`
 * gives four. Quotes, backslashes, line continuations and comments are
 * handled; redirections are dropped with their target; `$(…)` and backquotes
 * stay inside their word, unexpanded, as do variables.
 */
export function shellCommands(script: string): ShellCommand[] {
  const commands: ShellCommand[] = [];
  let argv: string[] = [];
  let word: string | undefined;
  let line = 0;
  let start = 0;
  let skipNextWord = false;

  const endWord = () => {
    if (word === undefined) return;
    if (skipNextWord) skipNextWord = false;
    else {
      if (argv.length === 0) start = line;
      argv.push(word);
    }
    word = undefined;
  };
  const endCommand = () => {
    endWord();
    while (argv.length > 0 && RESERVED.has(argv[0])) argv.shift();
    if (argv.length > 0) commands.push({ argv, line: start });
    argv = [];
  };

  for (let i = 0; i < script.length; i++) {
    const c = script[i];
    if (c === '\\') {
      if (script[i + 1] === '\n') line++;
      else if (i + 1 < script.length) word = (word ?? '') + script[i + 1];
      i++;
    } else if (c === "'") {
      const end = script.indexOf("'", i + 1);
      const stop = end < 0 ? script.length : end;
      word = (word ?? '') + script.slice(i + 1, stop);
      line += countLines(script, i + 1, stop);
      i = stop;
    } else if (c === '"') {
      let text = '';
      let j = i + 1;
      for (; j < script.length && script[j] !== '"'; j++) {
        if (script[j] === '\\' && '"\\$`\n'.includes(script[j + 1])) j++;
        if (script[j] === '\n') line++;
        text += script[j];
      }
      word = (word ?? '') + text;
      i = j;
    } else if (c === '`' || (c === '$' && script[i + 1] === '(')) {
      const end = closingOf(script, i);
      line += countLines(script, i, end);
      word = (word ?? '') + script.slice(i, end);
      i = end - 1;
    } else if (c === '#' && word === undefined) {
      while (i + 1 < script.length && script[i + 1] !== '\n') i++;
    } else if (c === '\n') {
      endCommand();
      line++;
    } else if (c === ' ' || c === '\t' || c === '\r') {
      endWord();
    } else if (c === '>' || c === '<' || (c === '&' && script[i + 1] === '>')) {
      if (word !== undefined && /^\d+$/.test(word)) word = undefined;
      endWord();
      while ('<>&|-'.includes(script[i + 1] ?? ' ')) i++;
      skipNextWord = true;
    } else if (SEPARATORS.has(c)) {
      endCommand();
      if (script[i + 1] === c) i++;
    } else {
      word = (word ?? '') + c;
    }
  }
  endCommand();
  return commands;
}

function countLines(text: string, from: number, to: number): number {
  let lines = 0;
  for (let i = from; i < to; i++) if (text[i] === '\n') lines++;
  return lines;
}

/** The index after the end of the `$(…)` or backquoted text starting at `i`. */
function closingOf(text: string, i: number): number {
  if (text[i] === '`') {
    const end = text.indexOf('`', i + 1);
    return end < 0 ? text.length : end + 1;
  }
  let depth = 0;
  for (let j = i + 1; j < text.length; j++) {
    if (text[j] === '(') depth++;
    else if (text[j] === ')' && --depth === 0) return j + 1;
  }
  return text.length;
}
