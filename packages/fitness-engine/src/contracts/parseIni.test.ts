import { ImportLinterConfigError } from './ImportLinterConfigError';
import { parseIni, readIniSection } from './parseIni';

// Expectations follow the documented behaviour of Python's configparser (the
// "Supported INI File Structure" section of its documentation), with the defaults
// of ConfigParser(), which import-linter uses.

function values(text: string, section: string): Record<string, string> {
  const doc = parseIni(text, 'setup.cfg');
  const found = doc.sections.find(s => s.name === section)!;
  return Object.fromEntries(
    [...readIniSection(doc, found)].map(([key, option]) => [key, option.value]),
  );
}

function problem(text: string): ImportLinterConfigError {
  try {
    parseIni(text, 'setup.cfg');
  } catch (error) {
    if (error instanceof ImportLinterConfigError) {
      return error;
    }
    throw error;
  }
  throw new Error('expected an error');
}

describe('parseIni', () => {
  it('reads "key = value" and "key: value", lower-casing keys', () => {
    // "Values can ... be separated from keys by = or :"; keys are case-insensitive.
    expect(
      values('[s]\nName = A\nType: layers\nurl = http://x:80/a=b\n', 's'),
    ).toEqual({
      name: 'A',
      type: 'layers',
      url: 'http://x:80/a=b',
    });
  });

  it('continues a value on lines indented deeper than its key', () => {
    // "Values can also span multiple lines, as long as they are indented deeper than the
    // first line of the value."
    const text = '[s]\nlayers =\n    high\n    medium\n\n    low\nnext = 1\n';
    expect(values(text, 's')).toEqual({
      layers: '\nhigh\nmedium\n\nlow',
      next: '1',
    });
  });

  it('skips whole-line comments, also inside a value, and keeps inline # text', () => {
    // "Comments may appear on their own on an otherwise empty line, possibly indented";
    // inline comments are off by default (inline_comment_prefixes=None).
    const text = [
      '# leading comment',
      '[s]',
      '; another comment',
      'layers =',
      '    high',
      '    # not a layer',
      '    low  # kept',
      '',
    ].join('\n');
    expect(values(text, 's')).toEqual({ layers: '\nhigh\nlow  # kept' });
  });

  it('merges [DEFAULT] and interpolates %(name)s and %%', () => {
    // BasicInterpolation, the default: "%(name)s" refers to another option, "%%" escapes.
    const text =
      '[DEFAULT]\nbase = mypackage\n[s]\nroot = %(base)s.core\nratio = 50%%\n';
    expect(values(text, 's')).toEqual({
      base: 'mypackage',
      root: 'mypackage.core',
      ratio: '50%',
    });
  });

  it('accepts Windows line endings', () => {
    expect(values('[s]\r\nkey = a\r\n  b\r\n', 's')).toEqual({ key: 'a\nb' });
  });

  it('rejects what configparser rejects, naming the file, section, key and line', () => {
    expect(problem('key = 1\n').message).toMatch(
      /^setup\.cfg:1: the file does not start with a section header/,
    );
    expect(problem('[s]\njust text\n').message).toMatch(
      /^setup\.cfg:2 \[s\]: cannot read "just text"/,
    );
    expect(problem('[s]\na = 1\nA = 2\n')).toMatchObject({
      section: 's',
      key: 'a',
      line: 3,
    });
    expect(problem('[s]\n[s]\n')).toMatchObject({ section: 's', line: 2 });
  });

  it('rejects a bad interpolation when the section is read', () => {
    const doc = parseIni(
      '[s]\nratio = 50%\n[t]\nx = %(missing)s\n',
      'setup.cfg',
    );
    expect(() => readIniSection(doc, doc.sections[0])).toThrow(
      /setup\.cfg \[s\] ratio: "%" must be followed by "%" or "\(name\)s"/,
    );
    expect(() => readIniSection(doc, doc.sections[1])).toThrow(
      /refers to %\(missing\)s/,
    );
  });
});
