import type { SourceTree } from '@internal/source-tree';
import { MemoryImportCache } from '../python/ImportCache';
import { memorySourceTree } from '../testUtils/memorySourceTree';
import { buildImportGraph } from './buildImportGraph';
import { ImportGraph } from './ImportGraph';

/** Every edge as `importer -> imported (l.N, ...)`, sorted. */
function edges(graph: ImportGraph): string[] {
  return [...graph.edges()]
    .map(
      e =>
        `${e.importer} -> ${e.imported} (${e.sites
          .map(s => `l.${s.line}${s.typeCheckingOnly ? ' tc' : ''}`)
          .join(', ')})`,
    )
    .sort();
}

const service = {
  'src/app/__init__.py': 'from . import domain\nfrom .domain import model\n',
  'src/app/domain/__init__.py': '',
  'src/app/domain/model.py': [
    'from typing import TYPE_CHECKING',
    'from ..adapters import orm',
    'from . import not_a_module',
    'import sqlalchemy.orm as o',
    'from pydantic import BaseModel, Field',
    'import app.domain.events.OrderPlaced',
    'if TYPE_CHECKING:',
    '    from app.service import uow',
    'def f():',
    '    from app import service',
  ].join('\n'),
  'src/app/domain/events.py': 'from .model import *\n',
  'src/app/adapters/orm.py': 'from ...app import x\nfrom .. import domain\n',
  'src/app/service.py':
    'import app.adapters.orm, app.domain\nx = "unterminated\nfrom app.domain import model\n',
  'tests/__init__.py': '',
  'tests/test_model.py':
    'from app.domain.model import Order\nfrom . import helpers\n',
  'setup.py': 'import setuptools\n',
};

describe('buildImportGraph', () => {
  it('adds every module, resolves imports and records their sites', async () => {
    const { graph, problems, stats } = await buildImportGraph(
      memorySourceTree(service),
    );
    expect([...graph.modules].sort()).toEqual([
      'app',
      'app.adapters',
      'app.adapters.orm',
      'app.domain',
      'app.domain.events',
      'app.domain.model',
      'app.service',
      'tests',
      'tests.test_model',
    ]);
    expect(edges(graph)).toEqual([
      'app -> app.domain (l.1)',
      'app -> app.domain.model (l.2)',
      'app.adapters.orm -> app.domain (l.2)',
      'app.domain.events -> app.domain.model (l.1)',
      'app.domain.model -> app.adapters.orm (l.2)',
      'app.domain.model -> app.domain (l.3)',
      'app.domain.model -> app.domain.events (l.6)',
      'app.domain.model -> app.service (l.8 tc, l.10)',
      'app.domain.model -> pydantic (l.5)',
      'app.domain.model -> sqlalchemy.orm (l.4)',
      'app.domain.model -> typing (l.1)',
      'app.service -> app.adapters.orm (l.1)',
      'app.service -> app.domain (l.1)',
      'app.service -> app.domain.model (l.3)',
      'tests.test_model -> app.domain.model (l.1)',
      'tests.test_model -> tests (l.2)',
    ]);
    expect(graph.isInternal('app.adapters')).toBe(true);
    expect(graph.isInternal('pydantic')).toBe(false);
    expect(problems).toEqual([
      {
        path: 'src/app/adapters/orm.py',
        line: 1,
        message:
          'relative import "from ...app import x" goes above the top-level package app; use fewer dots or an absolute import',
      },
      {
        path: 'src/app/service.py',
        line: 2,
        message:
          'Python syntax error: unterminated string literal. Imports in the broken statement may be missing from the graph; fix the file (python3 -m py_compile src/app/service.py shows the error).',
      },
    ]);
    expect(stats).toMatchObject({ files: 8, cacheHits: 0, workers: 0 });
  });

  it('leaves out TYPE_CHECKING imports on request', async () => {
    const { graph } = await buildImportGraph(memorySourceTree(service), {
      excludeTypeChecking: true,
    });
    expect(
      graph.sitesOf('app.domain.model', 'app.service').map(s => s.line),
    ).toEqual([10]);
  });

  it('reports relative imports outside any package, shadowed files and unreadable files', async () => {
    const tree = memorySourceTree({
      'top.py': 'from . import sibling\n',
      'pkg.py': '',
      'pkg/__init__.py': '',
      'broken.py': '',
    });
    const unreadable: SourceTree = {
      ...tree,
      readText: async path => {
        if (path === 'broken.py') throw new Error('permission denied');
        return tree.readText(path);
      },
    };
    const { problems } = await buildImportGraph(unreadable);
    expect(problems.map(p => `${p.path}:${p.line} ${p.message}`)).toEqual([
      'broken.py:1 could not read broken.py (permission denied); its imports are missing. Rescan once the file is readable.',
      'pkg.py:1 pkg.py is never imported: Python finds module pkg in pkg/__init__.py first. Rename or remove one of them.',
      'top.py:1 relative import "from . import sibling" in top, which is not in a package; use an absolute import',
    ]);
  });

  it('takes an unchanged tree from the cache, and unchanged files of a changed one', async () => {
    const cache = new MemoryImportCache();
    const first = await buildImportGraph(memorySourceTree(service), { cache });
    expect(first.stats.cacheHits).toBe(0);
    const again = await buildImportGraph(memorySourceTree(service), { cache });
    expect(again.stats.cacheHits).toBe(8);
    expect(edges(again.graph)).toEqual(edges(first.graph));
    expect(again.problems).toEqual(first.problems);

    const changed = await buildImportGraph(
      memorySourceTree({
        ...service,
        'src/app/domain/events.py': 'import json\n',
      }),
      { cache },
    );
    expect(changed.stats.cacheHits).toBe(7);
    expect([...changed.graph.importsOf('app.domain.events')]).toEqual(['json']);
  });
});
