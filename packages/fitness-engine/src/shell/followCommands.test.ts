import { memorySourceTree } from '../testUtils/memorySourceTree';
import { followCommands } from './followCommands';

const commands = async (files: Record<string, string>, script: string) =>
  (
    await followCommands(
      memorySourceTree(files),
      script
        .split('\n')
        .map((line, i) => ({ argv: line.split(' '), line: i + 1 })),
    )
  ).map(c => [c.program, c.line, c.via]);

describe('followCommands', () => {
  it("follows a make target's prerequisites, then its recipe", async () => {
    const makefile = [
      '.PHONY: test migrate',
      'VENV := .venv',
      'test: migrate',
      '\t@uv run pytest',
      '',
      'migrate:',
      '\t-uv run alembic upgrade head',
      'lint: ; ruff check .',
    ].join('\n');
    expect(await commands({ Makefile: makefile }, 'make test\nmake')).toEqual([
      ['alembic', 1, 'make migrate (Makefile:7)'],
      ['pytest', 1, 'make test (Makefile:4)'],
      ['alembic', 2, 'make migrate (Makefile:7)'],
      ['pytest', 2, 'make test (Makefile:4)'],
    ]);
  });

  it("opens the repository's scripts and sh -c, and keeps what it cannot open", async () => {
    const files = {
      'scripts/ci.sh': '#!/bin/sh\nset -e\nalembic upgrade head\n',
    };
    expect(
      await commands(
        files,
        './scripts/ci.sh\nbash scripts/ci.sh\nsh -c pytest\n./missing.sh\nmake test',
      ),
    ).toEqual([
      ['set', 1, 'scripts/ci.sh:2'],
      ['alembic', 1, 'scripts/ci.sh:3'],
      ['set', 2, 'scripts/ci.sh:2'],
      ['alembic', 2, 'scripts/ci.sh:3'],
      ['pytest', 3, 'sh -c'],
      ['missing.sh', 4, undefined],
      ['make', 5, undefined],
    ]);
  });
});
