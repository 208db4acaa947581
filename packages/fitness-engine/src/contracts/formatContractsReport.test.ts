import { formatContractsReport } from './formatContractsReport';
import { checkIni, testGraph } from './testGraph';

// The layout is import-linter's (application/rendering.py, docs/get_started/run.md):
// "<name> KEPT|BROKEN", warnings, broken contracts with their chains, and
// "Contracts: N kept, M broken." (last here, as our CLI prints it).

describe('formatContractsReport', () => {
  const graph = testGraph(
    ['mypackage.high', 'mypackage.low', 'mypackage.other'],
    [['mypackage.low', 'mypackage.high', 3]],
  );

  it('prints each verdict, the warnings, the broken contracts and the counts', () => {
    const report = checkIni(
      graph,
      `
[importlinter]
root_package = mypackage

[importlinter:contract:layers]
name = Layers contract
type = layers
layers =
    mypackage.high
    mypackage.low
broken_contract_guidance = Move the import into a higher layer.

[importlinter:contract:forbidden]
name = Forbidden contract
type = forbidden
source_modules = mypackage.high
forbidden_modules = mypackage.other

[importlinter:contract:independence]
name = Independence contract
type = independence
modules =
    mypackage.high
    mypackage.other
ignore_imports = mypackage.other -> mypackage.high
unmatched_ignore_imports_alerting = warn

[importlinter:contract:protected]
name = Protected contract
type = protected
`,
    );
    expect(formatContractsReport(report)).toBe(
      `Layers contract BROKEN
Forbidden contract KEPT
Independence contract KEPT (1 warning)
Protected contract ERROR

--------
Warnings
--------

Independence contract
---------------------

- No matches for ignored import mypackage.other -> mypackage.high.

----------------
Broken contracts
----------------

Layers contract
---------------

mypackage.low is not allowed to import mypackage.high:

- mypackage.low -> mypackage.high (l.3)


Move the import into a higher layer.

-----------------------------------
Contracts that could not be checked
-----------------------------------

Contract "Protected contract" could not be checked:
    Contract type 'protected' is not supported by the fitness engine (it checks layers, forbidden, independence and acyclic_siblings).

Contracts: 2 kept, 1 broken, 1 could not be checked.
`,
    );
  });

  it('prints only the verdicts and the counts when every contract is kept', () => {
    const report = checkIni(
      graph,
      '[importlinter]\nroot_package = mypackage\n[importlinter:contract:c]\nname = Layers\ntype = layers\nlayers =\n    mypackage.low\n    mypackage.high\n',
    );
    expect(formatContractsReport(report)).toBe(
      'Layers KEPT\n\nContracts: 1 kept, 0 broken.\n',
    );
  });

  it('reports every contract as not checked when the root package is missing', () => {
    const report = checkIni(
      graph,
      '[importlinter]\nroot_package = otherpackage\n[importlinter:contract:c]\nname = Layers\ntype = layers\nlayers = otherpackage.a\n',
    );
    expect(report.checks[0].error).toMatch(
      /^Root package 'otherpackage' was not found/,
    );
    expect(report.errorCount).toBe(1);
  });
});
