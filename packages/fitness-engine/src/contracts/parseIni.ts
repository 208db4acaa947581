import { ImportLinterConfigError } from './ImportLinterConfigError';

/** One option of an INI section: its raw (uninterpolated) value and line. */
export interface IniOption {
  value: string;
  line: number;
}

export interface IniSection {
  name: string;
  line: number;
  /** Keys are lower-cased, as configparser's `optionxform` does. */
  options: Map<string, IniOption>;
}

/** An INI file as Python's `configparser.ConfigParser()` reads it. */
export interface IniDocument {
  file: string;
  /** In file order; `[DEFAULT]` is kept apart, in `defaults`. */
  sections: IniSection[];
  defaults: Map<string, IniOption>;
}

const SECTION_HEADER = /^\[(.+)\]/;
const MAX_INTERPOLATION_DEPTH = 10;

/** A line as an error message quotes it: at most 80 characters of it. */
function shown(line: string): string {
  return line.length > 80
    ? `${line.slice(0, 80)}… (${line.length} characters)`
    : line;
}

/**
 * Reads INI text with the semantics of Python's `configparser.ConfigParser()`
 * defaults, which import-linter uses for `setup.cfg` and `.importlinter`:
 *
 * - `key = value` and `key: value` (the first `=` or `:` splits);
 * - whole-line comments start with `#` or `;` (after any indentation);
 *   there are no inline comments, so `a  # note` keeps `# note` in the value;
 * - a line indented deeper than its option's line continues the value; blank
 *   lines inside a value are kept, trailing ones dropped;
 * - keys are lower-cased; duplicate sections or keys are errors (strict mode);
 * - a line that is neither a section, an option, a comment nor a continuation
 *   is an error, wherever it is in the file, as configparser raises for it.
 */
export function parseIni(text: string, file: string): IniDocument {
  const sections: IniSection[] = [];
  const defaults = new Map<string, IniOption>();
  const seenSections = new Set<string>();
  let current: Map<string, IniOption> | undefined;
  let currentName: string | undefined;
  let option: { key: string; lines: string[]; line: number } | undefined;
  let indentLevel = 0;
  const finishOption = () => {
    if (option && current) {
      current.set(option.key, {
        value: option.lines.join('\n').trimEnd(),
        line: option.line,
      });
    }
  };

  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  lines.forEach((raw, index) => {
    const lineNumber = index + 1;
    const stripped = raw.trim();
    const isComment = stripped.startsWith('#') || stripped.startsWith(';');
    if (isComment) {
      return;
    }
    if (stripped === '') {
      if (option) {
        option.lines.push('');
      }
      return;
    }
    const indent = raw.search(/\S/);
    if (option && indent > indentLevel) {
      option.lines.push(stripped);
      return;
    }
    indentLevel = indent;
    const header = SECTION_HEADER.exec(stripped);
    if (header) {
      finishOption();
      option = undefined;
      const name = header[1];
      if (seenSections.has(name)) {
        throw new ImportLinterConfigError(
          file,
          'the section appears twice; merge the two sections into one.',
          name,
          undefined,
          lineNumber,
        );
      }
      seenSections.add(name);
      currentName = name;
      if (name === 'DEFAULT') {
        current = defaults;
      } else {
        current = new Map();
        sections.push({ name, line: lineNumber, options: current });
      }
      return;
    }
    if (!current) {
      throw new ImportLinterConfigError(
        file,
        `the file does not start with a section header such as [importlinter] (found "${shown(
          stripped,
        )}").`,
        undefined,
        undefined,
        lineNumber,
      );
    }
    // The first = or : splits; found by a scan, not a regex with two
    // whitespace runs that a long line would make quadratic.
    const separator = stripped.search(/[=:]/);
    const keyText = separator < 0 ? '' : stripped.slice(0, separator).trimEnd();
    if (keyText === '') {
      throw new ImportLinterConfigError(
        file,
        `cannot read "${shown(
          stripped,
        )}": write options as "key = value", and indent continuation lines.`,
        currentName,
        undefined,
        lineNumber,
      );
    }
    finishOption();
    const key = keyText.toLowerCase();
    if (current.has(key)) {
      throw new ImportLinterConfigError(
        file,
        'the key appears twice in the section; keep only one.',
        currentName,
        key,
        lineNumber,
      );
    }
    const value = stripped.slice(separator + 1).trim();
    option = { key, lines: [value], line: lineNumber };
    current.set(key, { value, line: lineNumber });
  });
  finishOption();
  return { file, sections, defaults };
}

/**
 * The options of one section, defaults merged in and `%(name)s` / `%%`
 * interpolated, as `dict(config[section])` gives them in Python.
 */
export function readIniSection(
  doc: IniDocument,
  section: IniSection,
): Map<string, IniOption> {
  const merged = new Map<string, IniOption>(doc.defaults);
  for (const [key, value] of section.options) {
    merged.set(key, value);
  }
  const result = new Map<string, IniOption>();
  for (const [key, option] of merged) {
    result.set(key, {
      value: interpolate(doc.file, section.name, key, option.value, merged, 1),
      line: option.line,
    });
  }
  return result;
}

function interpolate(
  file: string,
  section: string,
  key: string,
  value: string,
  options: Map<string, IniOption>,
  depth: number,
): string {
  if (depth > MAX_INTERPOLATION_DEPTH) {
    throw new ImportLinterConfigError(
      file,
      'the value refers to itself through %(...)s too deeply; remove the loop.',
      section,
      key,
    );
  }
  let out = '';
  let rest = value;
  while (rest) {
    const at = rest.indexOf('%');
    if (at < 0) {
      return out + rest;
    }
    out += rest.slice(0, at);
    rest = rest.slice(at);
    if (rest[1] === '%') {
      out += '%';
      rest = rest.slice(2);
      continue;
    }
    const reference = /^%\(([^)]+)\)s/.exec(rest);
    if (!reference) {
      throw new ImportLinterConfigError(
        file,
        `"%" must be followed by "%" or "(name)s" (found "${rest}"); write "%%" for a literal percent sign.`,
        section,
        key,
      );
    }
    const referenced = options.get(reference[1].toLowerCase());
    if (referenced === undefined) {
      throw new ImportLinterConfigError(
        file,
        `the value refers to %(${reference[1]})s, which is not an option of the section or of [DEFAULT].`,
        section,
        key,
      );
    }
    out += referenced.value.includes('%')
      ? interpolate(file, section, key, referenced.value, options, depth + 1)
      : referenced.value;
    rest = rest.slice(reference[0].length);
  }
  return out;
}
