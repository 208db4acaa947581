/*
 * The package boundaries of docs/architecture.md as ESLint sees them: which
 * roles a package of each role may import in its source (tests may import
 * more, for example a backend plugin to test a module against it).
 */
const { readdirSync, readFileSync, existsSync } = require('node:fs');
const { join } = require('node:path');

const MAY_IMPORT = {
  'common-library': ['common-library'],
  'web-library': ['common-library', 'web-library'],
  'frontend-plugin': ['common-library', 'web-library'],
  'node-library': ['common-library', 'node-library'],
  'backend-plugin': ['common-library', 'node-library'],
  'backend-plugin-module': ['common-library', 'node-library'],
  frontend: ['common-library', 'web-library', 'frontend-plugin'],
  backend: [
    'common-library',
    'node-library',
    'backend-plugin',
    'backend-plugin-module',
  ],
};

const root = join(__dirname, '../..');

function manifest(dir) {
  const file = join(dir, 'package.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}

function workspacePackages() {
  return ['packages', 'plugins'].flatMap(folder =>
    readdirSync(join(root, folder)).flatMap(entry => {
      const pkg = manifest(join(root, folder, entry));
      return pkg?.backstage?.role
        ? [{ name: pkg.name, role: pkg.backstage.role }]
        : [];
    }),
  );
}

/** The workspace packages the package in `dir` must not import from its source. */
function forbiddenImports(dir) {
  const own = manifest(dir);
  const role = own?.backstage?.role;
  const allowed = MAY_IMPORT[role];
  if (!allowed) return [];
  return workspacePackages()
    .filter(pkg => pkg.name !== own.name && !allowed.includes(pkg.role))
    .map(pkg => ({
      name: pkg.name,
      message: `${own.name} is a ${role}, which may import only ${allowed.join(
        ', ',
      )} packages; ${pkg.name} is a ${pkg.role} (docs/architecture.md).`,
    }));
}

module.exports = { MAY_IMPORT, forbiddenImports };
