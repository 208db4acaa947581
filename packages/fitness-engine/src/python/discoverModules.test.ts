import { discoverModules } from './discoverModules';

const files = (...paths: string[]) => paths.map(path => ({ path }));

describe('discoverModules', () => {
  it('finds a src layout, and only regular packages beside src/', () => {
    const found = discoverModules(
      files(
        'src/app/__init__.py',
        'src/app/domain/__init__.py',
        'src/app/domain/model.py',
        'src/app/adapters/orm.py',
        'src/tool.py',
        'tests/__init__.py',
        'tests/unit/test_model.py',
        'scripts/deploy.py',
        'setup.py',
        'README.md',
      ),
    );
    expect(Object.fromEntries(found.modules)).toEqual({
      app: 'src/app/__init__.py',
      'app.adapters.orm': 'src/app/adapters/orm.py',
      'app.domain': 'src/app/domain/__init__.py',
      'app.domain.model': 'src/app/domain/model.py',
      tests: 'tests/__init__.py',
      'tests.unit.test_model': 'tests/unit/test_model.py',
      tool: 'src/tool.py',
    });
    expect([...found.namespacePackages].sort()).toEqual([
      'app.adapters',
      'tests.unit',
    ]);
  });

  it('finds a flat layout with regular and namespace packages and top-level modules', () => {
    const found = discoverModules(
      files(
        'svc/__init__.py',
        'svc/api.py',
        'ns/part/mod.py',
        'manage.py',
        'tests/test_api.py',
      ),
    );
    expect([...found.modules.keys()]).toEqual([
      'manage',
      'ns.part.mod',
      'svc',
      'svc.api',
      'tests.test_api',
    ]);
    expect([...found.namespacePackages].sort()).toEqual([
      'ns',
      'ns.part',
      'tests',
    ]);
  });

  it('reads src/ as a package, not a source root, when it has __init__.py', () => {
    const found = discoverModules(files('src/__init__.py', 'src/app.py'));
    expect([...found.modules.keys()]).toEqual(['src', 'src.app']);
  });

  it('finds a tree that holds only a tests package', () => {
    const found = discoverModules(
      files('tests/__init__.py', 'tests/test_x.py'),
    );
    expect([...found.modules.keys()]).toEqual(['tests', 'tests.test_x']);
  });

  it('skips hidden folders, virtualenvs, caches and names Python cannot import', () => {
    const found = discoverModules(
      files(
        '.venv/lib/x.py',
        'env/pyvenv.cfg',
        'env/lib/python3.11/site-packages/y.py',
        'env/bin/z.py',
        'app/__pycache__/a.py',
        'app/.hidden/b.py',
        'app/my-module.py',
        'app/data-files/c.py',
        'app/class.py',
        'app/v1.2/d.py',
        'app/ok.py',
        'app/é.py',
      ),
    );
    expect([...found.modules.keys()]).toEqual(['app.ok', 'app.é']);
  });

  it('lets pkg/__init__.py win over pkg.py, and src/ over the top of the tree', () => {
    const found = discoverModules(
      files(
        'src/pkg.py',
        'src/pkg/__init__.py',
        'src/lib/__init__.py',
        'lib/__init__.py',
      ),
    );
    expect(Object.fromEntries(found.modules)).toEqual({
      lib: 'src/lib/__init__.py',
      pkg: 'src/pkg/__init__.py',
    });
    expect(found.shadowed).toEqual([
      { path: 'src/pkg.py', module: 'pkg', keptPath: 'src/pkg/__init__.py' },
      {
        path: 'lib/__init__.py',
        module: 'lib',
        keptPath: 'src/lib/__init__.py',
      },
    ]);
  });

  it('handles packages nested 10 deep and 100k files quickly', () => {
    const deep = `${Array.from({ length: 10 }, (_, i) => `p${i}`).join('/')}`;
    const many = Array.from({ length: 100_000 }, (_, i) => `${deep}/m${i}.py`);
    const started = Date.now();
    const found = discoverModules(many.map(path => ({ path })));
    expect(found.modules.size).toBe(100_000);
    expect(found.namespacePackages.size).toBe(10);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
