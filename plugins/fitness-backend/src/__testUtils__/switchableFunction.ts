import { createBackendModule } from '@backstage/backend-plugin-api';
import { fitnessFunctionsExtensionPoint } from '@internal/plugin-fitness-node';

/**
 * A bronze fitness function a test breaks at will: failing it drops any
 * level. Each call gives a module and its own switch.
 */
export function switchableFunction() {
  const state = { breaking: false };
  const module = createBackendModule({
    pluginId: 'fitness',
    moduleId: 'switchable',
    register(reg) {
      reg.registerInit({
        deps: { fitness: fitnessFunctionsExtensionPoint },
        async init({ fitness }) {
          fitness.addFunctions({
            id: 'switchable',
            title: 'A rule the test switches',
            category: 'architecture',
            level: 'bronze',
            weight: 1,
            docsPath: 'docs/fitness/index.md',
            appliesTo: () => true,
            async evaluate() {
              return state.breaking
                ? { status: 'fail', summary: 'broken on purpose', evidence: [] }
                : { status: 'pass', summary: 'fine', evidence: [] };
            },
          });
        },
      });
    },
  });
  return { module, state };
}
