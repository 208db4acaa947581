import { Evidence } from '../score/FitnessResult';
import { FitnessFunction } from './FitnessFunction';
import { fail, pass, warn } from './outcome';
import { lineOf, pathsMatching } from './treeFiles';

const WORKFLOWS = /^(\.github\/workflows\/[^/]+\.ya?ml|\.gitlab-ci\.ya?ml)$/;
const YAML = /^[^/]+\.ya?ml$/;
// Where a monorepo's workflows are, as the evidence names them.
const REPOSITORY_WORKFLOWS = '(repository root)/.github/workflows';
const RUNS_TESTS = /\bpytest\b/;
const RUNS_CONTRACTS = /\b(lint-imports|fitness check)\b/;

/** A CI workflow that runs the tests and checks the layer contracts. */
export const ciWorkflowFunction: FitnessFunction = {
  id: 'ci-workflow',
  title: 'CI runs the tests and the layer contracts',
  category: 'operability',
  level: 'silver',
  weight: 2,
  docsPath: 'docs/fitness/ci-workflow.md',
  appliesTo: () => true,
  async evaluate({ tree, repositoryWorkflows }) {
    const workflows = [
      ...pathsMatching(tree, WORKFLOWS).map(path => ({
        path,
        read: () => tree.readText(path),
      })),
      ...(repositoryWorkflows
        ? pathsMatching(repositoryWorkflows, YAML)
        : []
      ).map(file => ({
        path: `${REPOSITORY_WORKFLOWS}/${file}`,
        read: () => repositoryWorkflows!.readText(file),
      })),
    ];
    if (workflows.length === 0) {
      return fail('No CI workflow (.github/workflows or .gitlab-ci.yml).');
    }
    let tests: Evidence | undefined;
    let contracts: Evidence | undefined;
    for (const { path, read } of workflows) {
      const text = await read();
      const t = lineOf(text, RUNS_TESTS);
      const c = lineOf(text, RUNS_CONTRACTS);
      tests ??= t ? { path, line: t, message: 'runs pytest' } : undefined;
      contracts ??= c
        ? { path, line: c, message: 'checks the import contracts' }
        : undefined;
    }
    const found = [tests, contracts].filter(
      (e): e is Evidence => e !== undefined,
    );
    if (tests && contracts) {
      return pass('CI runs pytest and checks the import contracts.', found);
    }
    const missing = [!tests && 'pytest', !contracts && 'lint-imports'].filter(
      Boolean,
    );
    return (found.length ? warn : fail)(
      `CI does not run ${missing.join(' or ')}.`,
      found.length
        ? found
        : workflows.map(({ path }) => ({ path, message: 'runs neither' })),
    );
  },
};
