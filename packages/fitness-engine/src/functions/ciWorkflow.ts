import { Evidence } from '../score/FitnessResult';
import { FitnessFunction } from './FitnessFunction';
import { fail, pass, warn } from './outcome';
import { lineOf, pathsMatching } from './treeFiles';

const WORKFLOWS = /^(\.github\/workflows\/[^/]+\.ya?ml|\.gitlab-ci\.ya?ml)$/;
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
  async evaluate({ tree }) {
    const workflows = pathsMatching(tree, WORKFLOWS);
    if (workflows.length === 0) {
      return fail('No CI workflow (.github/workflows or .gitlab-ci.yml).');
    }
    let tests: Evidence | undefined;
    let contracts: Evidence | undefined;
    for (const path of workflows) {
      const text = await tree.readText(path);
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
        : workflows.map(path => ({ path, message: 'runs neither' })),
    );
  },
};
