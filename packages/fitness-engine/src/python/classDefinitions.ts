import { PythonTokenizer } from './tokenizer';
import { Token } from './tokens';

/** A `class` statement: its name, the dotted names of its bases, its line. */
export type ClassDefinition = {
  name: string;
  line: number;
  bases: string[];
  /** Whether it is an abstract port: based on ABC or Protocol, or with metaclass ABCMeta. */
  abstract: boolean;
};

const ABSTRACT_BASES = new Set(['ABC', 'Protocol']);

/**
 * The class statements of a Python source, at any depth, read with the same
 * tokenizer as the imports (strings and comments cannot fool it). Syntax
 * errors are skipped over like the import reader does.
 */
export function classDefinitions(source: string): ClassDefinition[] {
  const t = new PythonTokenizer(source);
  const classes: ClassDefinition[] = [];
  let atLineStart = true;
  let kind = t.next();
  while (kind !== Token.End) {
    if (atLineStart && t.nameIs('class')) {
      const line = t.line;
      kind = t.next();
      if (kind !== Token.Name) continue;
      const name = t.text();
      const bases: string[] = [];
      let metaclassAbc = false;
      kind = t.next();
      if (t.opIs('(')) {
        const depth = t.depth;
        let dotted = '';
        let keyword: string | undefined;
        kind = t.next();
        while (kind !== Token.End && !(t.opIs(')') && t.depth < depth)) {
          if (t.depth === depth && t.opIs(',')) {
            if (dotted && !keyword) bases.push(dotted);
            dotted = '';
            keyword = undefined;
          } else if (t.depth === depth && t.opIs('=')) {
            keyword = dotted;
            dotted = '';
          } else if (kind === Token.Name) {
            dotted += t.text();
          } else if (t.opIs('.')) {
            dotted += '.';
          } else if (kind !== Token.Newline) {
            dotted = '\u0000';
          }
          if (keyword === 'metaclass' && /(^|\.)ABCMeta$/.test(dotted)) {
            metaclassAbc = true;
          }
          kind = t.next();
        }
        if (dotted && !keyword && !dotted.includes('\u0000')) {
          bases.push(dotted);
        }
      }
      const cleanBases = bases.filter(b => !b.includes('\u0000'));
      classes.push({
        name,
        line,
        bases: cleanBases,
        abstract:
          metaclassAbc ||
          cleanBases.some(b => ABSTRACT_BASES.has(b.split('.').pop()!)),
      });
      continue;
    }
    atLineStart = kind === Token.Newline || (t.opIs(':') && t.depth === 0);
    kind = t.next();
  }
  return classes;
}
