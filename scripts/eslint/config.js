/*
 * The ESLint configuration of every package: Backstage's, plus the imports
 * the house plan forbids (docs/architecture.md).
 */
const { readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { forbiddenImports } = require('./boundaries');

/** The names a package's type declarations export, values and types alike. */
function exportedNames(packageName) {
  const manifest = require.resolve(`${packageName}/package.json`);
  const declarations = readFileSync(
    join(dirname(manifest), require(manifest).types),
    'utf8',
  );
  const names = new Set();
  for (const [, list] of declarations.matchAll(
    /^export (?:type )?\{([^}]*)\}(?: from '[^']*')?;?$/gm,
  )) {
    for (const item of list.split(',')) {
      const name = item
        .trim()
        .split(/\s+as\s+/)
        .pop();
      if (name) names.add(name);
    }
  }
  return names;
}

const frontendApi = exportedNames('@backstage/frontend-plugin-api');
const sharedWithFrontendApi = [
  ...exportedNames('@backstage/core-plugin-api'),
].filter(name => frontendApi.has(name));

module.exports = (dir, options = {}) =>
  require('@backstage/cli/config/eslint-factory')(dir, {
    ...options,
    restrictedImports: [
      {
        name: '@backstage/core-plugin-api',
        importNames: sharedWithFrontendApi,
        message:
          'The new frontend system exports this from @backstage/frontend-plugin-api; import it from there.',
      },
    ],
    restrictedSrcImports: forbiddenImports(dir),
  });
