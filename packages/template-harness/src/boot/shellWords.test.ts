import { shellWords } from './shellWords';

describe('shellWords', () => {
  it.each([
    [
      `pip install 'import-linter>=2.3' "a b" c\\ d`,
      ['pip', 'install', 'import-linter>=2.3', 'a b', 'c d'],
    ],
    [`echo "\\$HOME is $HOME" '$HOME'`, ['echo', '$HOME is /home/x', '$HOME']],
    [`PATH=/opt/venv/bin:$PATH X=1`, ['PATH=/opt/venv/bin:/usr/bin', 'X=1']],
    [`''`, ['']],
  ])('splits %s', (line, words) => {
    expect(shellWords(line, { HOME: '/home/x', PATH: '/usr/bin' })).toEqual(
      words,
    );
  });

  it.each([
    'a && b',
    'a; b',
    'a | b',
    'a > f',
    'echo $(id)',
    'echo `id`',
    'echo "unterminated',
  ])('refuses %s', line => {
    expect(() => shellWords(line)).toThrow(/not in the mapping|unterminated/);
  });
});
