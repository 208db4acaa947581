import { execFileSync } from 'node:child_process';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { markdownText, quotedString } from './escaping';

const HOSTILE = [
  'He said "hi"',
  'C:\\new\\table \\N{BULLET} \\x41',
  'a "" b \\" c \\\\',
  "it's 'quoted'",
  'tab\there, new\nline, cr\rdone',
  'nul \u0000 del \u007f c1 \u0085 sep \u2028 \u2029',
  'unicode: é 日本 🚀',
  '"""triple""" \'\'\'single\'\'\'',
  '${{ values.name }} {% raw %} {{ x }}',
  'key: value # comment',
  '- [ ] * _ ` # > | & < >',
  '',
];

describe('free text in each kind of file reads back as itself', () => {
  it.each(HOSTILE)('%j', text => {
    const quoted = quotedString(text);
    expect(JSON.parse(quoted)).toBe(text);
    expect(parseYaml(`description: ${quoted}\n`)).toEqual({
      description: text,
    });
    expect(parseToml(`description = ${quoted}\n`)).toEqual({
      description: text,
    });
  });

  it('as a Python string literal, every hostile text at once', () => {
    const program = `import ast, json, sys\nprint(json.dumps([${HOSTILE.map(
      quotedString,
    ).join(', ')}]))\n`;
    const printed = execFileSync('python3', ['-c', program], {
      encoding: 'utf8',
    });
    expect(JSON.parse(printed)).toEqual(HOSTILE);
  });

  it('as a Python module docstring', () => {
    const text = HOSTILE.join(' ');
    const program = `${quotedString(
      text,
    )}\nimport json, sys\nprint(json.dumps(sys.modules[__name__].__doc__))\n`;
    expect(
      JSON.parse(
        execFileSync('python3', ['-c', program], { encoding: 'utf8' }),
      ),
    ).toBe(text);
  });
});

describe('free text in Markdown', () => {
  // Debian's Python, whose python3-markdown mkdocs (TechDocs) renders with.
  const html = (markdown: string) =>
    execFileSync(
      '/usr/bin/python3',
      [
        '-c',
        'import markdown, sys; print(markdown.markdown(sys.stdin.read()))',
      ],
      { input: markdown, encoding: 'utf8' },
    ).trim();

  it.each([
    [
      '<script>alert(1)</script>',
      '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>',
    ],
    ['# not a heading', '<p># not a heading</p>'],
    [
      '*not emphasis* and _not_ either',
      '<p>*not emphasis* and _not_ either</p>',
    ],
    ['[a link](javascript:alert(1))', '<p>[a link](javascript:alert(1))</p>'],
    ['- not a list', '<p>- not a list</p>'],
    ['1. not a list', '<p>1. not a list</p>'],
    ['`code`', '<p>`code`</p>'],
    ['&amp; stays as typed', '<p>&amp;amp; stays as typed</p>'],
    ['C:\\new\\path', '<p>C:\\new\\path</p>'],
    ['two\nlines', '<p>two lines</p>'],
    ['a | b ~ c ~~d~~ {e}', '<p>a | b ~ c ~~d~~ {e}</p>'],
    ['!["image"](x.png)', '<p>!["image"](x.png)</p>'],
  ])(
    "%j renders as its text in Python-Markdown (TechDocs')",
    (text, rendered) => {
      expect(html(`${markdownText(text)}\n`)).toBe(rendered);
    },
  );
});
