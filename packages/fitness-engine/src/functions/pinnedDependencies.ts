import { parse as parseToml } from 'smol-toml';
import { Evidence } from '../score/FitnessResult';
import { FitnessFunction } from './FitnessFunction';
import { fail, pass, plural } from './outcome';
import { baseName } from './treeFiles';

const LOCK_FILES = ['uv.lock', 'poetry.lock', 'pdm.lock', 'Pipfile.lock'];
const EXACT = /^[A-Za-z0-9._-]+(\[[^\]]*\])?\s*===?\s*[^\s,;*]+\s*(;.*)?$/;

/** No requirement is this long: a longer one is reported, not read. */
const MAX_REQUIREMENT = 2_000;

function unpinned(
  path: string,
  requirements: Array<{ text: string; line?: number }>,
): Evidence[] {
  return requirements.flatMap(r => {
    if (r.text.length > MAX_REQUIREMENT) {
      return [
        {
          path,
          line: r.line,
          message: `not read: a requirement of ${
            r.text.length
          } characters (over ${MAX_REQUIREMENT}) starting ${r.text.slice(
            0,
            40,
          )}…`,
        },
      ];
    }
    return EXACT.test(r.text)
      ? []
      : [{ path, line: r.line, message: `not pinned exactly: ${r.text}` }];
  });
}

/** A requirements line without its comment (pip's rule: `#` after whitespace). */
function withoutComment(line: string): string {
  const comment = line.search(/\s#/);
  return (comment < 0 ? line : line.slice(0, comment)).trim();
}

function requirementLines(text: string) {
  return text
    .split('\n')
    .map((raw, i) => ({ text: withoutComment(raw), line: i + 1 }))
    .filter(r => r.text && !r.text.startsWith('#') && !r.text.startsWith('-'));
}

/** Dependencies are pinned: a lock file, or exact versions. */
export const pinnedDependenciesFunction: FitnessFunction = {
  id: 'pinned-dependencies',
  title: 'Dependencies are pinned',
  category: 'operability',
  level: 'silver',
  weight: 1,
  docsPath: 'docs/fitness/pinned-dependencies.md',
  appliesTo: () => true,
  async evaluate({ tree }) {
    const paths = tree.files.map(f => f.path);
    const lock = paths.find(p => LOCK_FILES.includes(p));
    if (lock)
      return pass(`Locked by ${lock}.`, [{ path: lock, message: 'lock file' }]);
    const evidence: Evidence[] = [];
    let declared = 0;
    for (const path of paths.filter(
      p => /^requirements[^/]*\.txt$/.test(baseName(p)) && !p.includes('/'),
    )) {
      const lines = requirementLines(await tree.readText(path));
      declared += lines.length;
      evidence.push(...unpinned(path, lines));
    }
    if (paths.includes('pyproject.toml')) {
      const text = await tree.readText('pyproject.toml');
      let project: { dependencies?: unknown } | undefined;
      try {
        project = (parseToml(text) as { project?: { dependencies?: unknown } })
          .project;
      } catch (error) {
        return fail('pyproject.toml is not valid TOML.', [
          {
            path: 'pyproject.toml',
            message: (error as Error).message.split('\n')[0],
          },
        ]);
      }
      const deps = Array.isArray(project?.dependencies)
        ? project!.dependencies.filter(
            (d): d is string => typeof d === 'string',
          )
        : [];
      declared += deps.length;
      const lines = text.split('\n');
      evidence.push(
        ...unpinned(
          'pyproject.toml',
          deps.map(d => ({
            text: d.trim(),
            line:
              lines.findIndex(
                l => l.includes(`"${d}"`) || l.includes(`'${d}'`),
              ) + 1 || undefined,
          })),
        ),
      );
    }
    if (declared === 0) {
      return fail(
        'No lock file and no declared dependencies (pyproject.toml or requirements.txt).',
      );
    }
    return evidence.length === 0
      ? pass(`${plural(declared, 'dependency')} pinned exactly.`)
      : fail(
          `${plural(
            evidence.length,
            'dependency',
          )} not pinned exactly, and no lock file.`,
          evidence,
        );
  },
};
