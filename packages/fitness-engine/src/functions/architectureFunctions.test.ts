import { functionContext } from '../testUtils/functionContext';
import { modularBoundariesFunction } from './modularBoundaries';
import { portsHaveAdaptersFunction } from './portsHaveAdapters';
import { testsPerLayerFunction } from './testsPerLayer';

const init = '';

describe('modular-boundaries', () => {
  const monolith = {
    'src/shop/__init__.py': init,
    'src/shop/billing/__init__.py': init,
    'src/shop/billing/services.py': 'from shop.users.types import UserId\n',
    'src/shop/billing/api.py': 'import shop.billing.services\n',
    'src/shop/users/__init__.py': init,
    'src/shop/users/types.py': 'UserId = int\n',
    'src/shop/users/repository.py': init,
    'src/shop/users/services.py': 'from shop.users import repository\n',
  };

  it('passes when modules use only each other’s services and types', async () => {
    const context = await functionContext(monolith, {
      style: 'modular-monolith',
    });
    expect(modularBoundariesFunction.appliesTo(context)).toBe(true);
    const outcome = await modularBoundariesFunction.evaluate(context);
    expect(outcome).toEqual({
      status: 'pass',
      summary: '2 modules, each used only through its services and types.',
      evidence: [],
    });
  });

  it('fails on a reach into another module’s repository, with file:line', async () => {
    const context = await functionContext(
      {
        ...monolith,
        'src/shop/billing/api.py':
          'import shop.billing.services\n\nfrom shop.users.repository import load\n',
      },
      { style: 'modular-monolith' },
    );
    const outcome = await modularBoundariesFunction.evaluate(context);
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence).toEqual([
      {
        path: 'src/shop/billing/api.py',
        line: 3,
        message:
          'shop.billing.api imports shop.users.repository: module billing may use only users.services or users.types',
      },
    ]);
  });

  it('finds the modules inside a modules/ folder, and leaves shared infrastructure out of them', async () => {
    const nested = {
      'src/shop/__init__.py': init,
      'src/shop/infrastructure/__init__.py': init,
      'src/shop/infrastructure/database.py': 'ENGINE = None\n',
      'src/shop/modules/__init__.py': init,
      'src/shop/modules/billing/__init__.py': init,
      'src/shop/modules/billing/api.py':
        'from shop.modules.users.repository import load\n',
      'src/shop/modules/billing/services.py':
        'from shop.modules.users.services import find\n',
      'src/shop/modules/users/__init__.py': init,
      'src/shop/modules/users/services.py': 'find = None\n',
      'src/shop/modules/users/repository.py':
        'from shop.infrastructure.database import ENGINE\nload = ENGINE\n',
    };
    const context = await functionContext(nested, {
      style: 'modular-monolith',
    });
    const outcome = await modularBoundariesFunction.evaluate(context);
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence).toEqual([
      {
        path: 'src/shop/modules/billing/api.py',
        line: 1,
        message:
          'shop.modules.billing.api imports shop.modules.users.repository: module billing may use only users.services or users.types',
      },
    ]);
  });

  it('applies to modular monoliths only', async () => {
    const context = await functionContext(monolith, { style: 'clean' });
    expect(modularBoundariesFunction.appliesTo(context)).toBe(false);
  });
});

describe('ports-have-adapters', () => {
  const service = {
    'src/shop/__init__.py': init,
    'src/shop/domain/__init__.py': init,
    'src/shop/domain/ports.py': [
      'from abc import ABC',
      'from typing import Protocol',
      '',
      'class OrderRepository(ABC): ...',
      '',
      'class Clock(Protocol): ...',
    ].join('\n'),
    'src/shop/infrastructure/__init__.py': init,
    'src/shop/infrastructure/orders.py':
      'from shop.domain import ports\n\nclass SqlOrders(ports.OrderRepository): ...\n',
  };

  it('fails on a port without an adapter, at the port’s line', async () => {
    const outcome = await portsHaveAdaptersFunction.evaluate(
      await functionContext(service),
    );
    expect(outcome.status).toBe('fail');
    expect(outcome.summary).toBe('1 port of 2 without an adapter.');
    expect(outcome.evidence).toEqual([
      {
        path: 'src/shop/domain/ports.py',
        line: 6,
        message: 'Clock has no implementation in shop outside the domain',
      },
    ]);
  });

  it('passes when every port is implemented', async () => {
    const outcome = await portsHaveAdaptersFunction.evaluate(
      await functionContext({
        ...service,
        'src/shop/infrastructure/clock.py':
          'from shop.domain.ports import Clock\n\nclass SystemClock(Clock): ...\n',
      }),
    );
    expect(outcome.status).toBe('pass');
    expect(outcome.summary).toBe(
      '2 ports, each implemented outside the domain.',
    );
  });

  it('finds adapters wherever the service keeps them, but not among test doubles', async () => {
    const withAdapters = {
      ...service,
      'src/shop/adapters/__init__.py': init,
      'src/shop/adapters/clock.py':
        'from shop.domain.ports import Clock\n\nclass SystemClock(Clock): ...\n',
    };
    expect(
      (
        await portsHaveAdaptersFunction.evaluate(
          await functionContext(withAdapters),
        )
      ).status,
    ).toBe('pass');
    const onlyAFake = {
      ...service,
      'src/shop/tests/__init__.py': init,
      'src/shop/tests/fakes.py':
        'from shop.domain.ports import Clock\n\nclass FakeClock(Clock): ...\n',
    };
    expect(
      (
        await portsHaveAdaptersFunction.evaluate(
          await functionContext(onlyAFake),
        )
      ).status,
    ).toBe('fail');
  });

  it('does not apply when the domain declares no ports', async () => {
    const outcome = await portsHaveAdaptersFunction.evaluate(
      await functionContext({
        'src/shop/__init__.py': init,
        'src/shop/domain/__init__.py': 'class Order: ...\n',
      }),
    );
    expect(outcome.status).toBe('not-applicable');
  });
});

describe('tests-per-layer', () => {
  const layers = {
    'src/shop/__init__.py': init,
    'src/shop/domain/__init__.py': init,
    'src/shop/application/__init__.py': init,
    'src/shop/presentation/__init__.py': init,
  };

  it('passes when a test imports every layer', async () => {
    const outcome = await testsPerLayerFunction.evaluate(
      await functionContext({
        ...layers,
        'tests/unit/test_domain.py':
          'from shop.domain import order\nfrom shop import application\n',
        'tests/e2e/test_api.py': 'import shop.presentation.app\n',
      }),
    );
    expect(outcome.summary).toBe('3 layers, each imported by a test.');
    expect(outcome.status).toBe('pass');
  });

  it('warns about the layers no test imports', async () => {
    const outcome = await testsPerLayerFunction.evaluate(
      await functionContext({
        ...layers,
        'tests/unit/test_domain.py': 'from shop.domain import order\n',
      }),
    );
    expect(outcome.status).toBe('warn');
    expect(outcome.evidence.map(e => e.message)).toEqual([
      'no test imports shop.presentation',
      'no test imports shop.application',
    ]);
  });

  it('fails without tests', async () => {
    const outcome = await testsPerLayerFunction.evaluate(
      await functionContext(layers),
    );
    expect(outcome.status).toBe('fail');
  });

  it("checks the layers the repository's layers contract names", async () => {
    // import-linter's docs/contract_types/layers.md: layers relative to
    // each container; here two containers matched by a wildcard.
    const outcome = await testsPerLayerFunction.evaluate(
      await functionContext({
        'src/shop/__init__.py': init,
        'src/shop/orders/__init__.py': init,
        'src/shop/orders/api.py': init,
        'src/shop/orders/core.py': init,
        'src/shop/users/__init__.py': init,
        'src/shop/users/api.py': init,
        'src/shop/users/core.py': init,
        '.importlinter':
          '[importlinter]\nroot_package = shop\n\n[importlinter:contract:layers]\nname = Layers\ntype = layers\ncontainers = shop.*\nlayers =\n    api\n    core\n',
        'tests/test_orders.py': 'from shop.orders import api, core\n',
        'tests/test_users.py': 'import shop.users.api\n',
      }),
    );
    expect(outcome.status).toBe('warn');
    expect(outcome.evidence.map(e => e.message)).toEqual([
      'no test imports shop.users.core',
    ]);
  });
});
