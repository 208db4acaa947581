import { createBackendModule } from '@backstage/backend-plugin-api';
import { fitnessFunctionModule } from '@internal/backend-test-kit';
import { fitnessFunctionsExtensionPoint } from '@internal/plugin-fitness-node';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A bronze fitness function a test breaks at will: failing it drops any
 * level. Each call gives a module and its own switch, a file the function
 * looks for (it runs in a scan's worker thread, not in the test's).
 */
export function switchableFunction() {
  const flag = join(mkdtempSync(join(tmpdir(), 'fitness-switch-')), 'breaking');
  const path = fitnessFunctionModule([
    {
      id: 'switchable',
      title: 'A rule the test switches',
      evaluate: `async () => fs.existsSync(${JSON.stringify(flag)})
        ? { status: 'fail', summary: 'broken on purpose', evidence: [] }
        : { status: 'pass', summary: 'fine', evidence: [] }`,
    },
  ]);
  const module = createBackendModule({
    pluginId: 'fitness',
    moduleId: 'switchable',
    register(reg) {
      reg.registerInit({
        deps: { fitness: fitnessFunctionsExtensionPoint },
        async init({ fitness }) {
          fitness.addFunctionModule(path);
        },
      });
    },
  });
  const state = {
    get breaking() {
      return existsSync(flag);
    },
    set breaking(value: boolean) {
      if (value) writeFileSync(flag, '');
      else rmSync(flag, { force: true });
    },
  };
  return { module, state };
}
