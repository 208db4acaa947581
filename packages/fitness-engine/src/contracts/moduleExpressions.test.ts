import {
  matchesModuleExpression,
  moduleExpressionProblem,
} from './moduleExpressions';
import { checkOne, testGraph } from './testGraph';

describe('module expressions', () => {
  it.each([
    // docs/contract_types/index.md, "Wildcards"
    ['mypackage.*', 'mypackage.foo', true],
    ['mypackage.*', 'mypackage.foo.bar', false],
    ['mypackage.*.baz', 'mypackage.foo.baz', true],
    ['mypackage.*.baz', 'mypackage.foo.bar.baz', false],
    ['mypackage.*.*', 'mypackage.foo.bar', true],
    ['mypackage.*.*', 'mypackage.foobar.baz', true],
    ['mypackage.**', 'mypackage.foo.bar', true],
    ['mypackage.**', 'mypackage.foo.bar.baz', true],
    ['mypackage.**.qux', 'mypackage.foo.bar.qux', true],
    ['mypackage.**.qux', 'mypackage.foo.bar.baz.qux', true],
    // "*" stands in for a module name: it does not match the package itself.
    ['mypackage.*', 'mypackage', false],
    ['mypackage.**', 'mypackage', false],
    // Without a wildcard, a name matches itself only, not its descendants.
    ['mypackage.foo', 'mypackage.foo', true],
    ['mypackage.foo', 'mypackage.foo.bar', false],
  ])('%s matches %s: %s', (expression, module, expected) => {
    expect(matchesModuleExpression(expression, module)).toBe(expected);
  });

  it('rejects invalid expressions', () => {
    // "mypackage.foo*: not a valid expression. (The wildcard must replace a whole module name.)"
    expect(moduleExpressionProblem('mypackage.foo*')).toMatch(
      /whole module name/,
    );
    expect(moduleExpressionProblem('mypackage.**.*')).toMatch(
      /recursive wildcard/,
    );
    expect(moduleExpressionProblem('mypackage.*.**')).toMatch(
      /cannot be followed/,
    );
    expect(moduleExpressionProblem('mypackage..foo')).toMatch(
      /not a dotted Python module name/,
    );
    expect(moduleExpressionProblem('mypackage.*.baz')).toBeUndefined();
  });
});

describe('unmatched_ignore_imports_alerting', () => {
  // docs/contract_types/index.md: "error: Error if there are any unmatched expressions
  // (default). warn: Print a warning for each unmatched expression. none: Do not alert."
  const graph = testGraph(
    ['mypackage.a', 'mypackage.b'],
    [['mypackage.a', 'mypackage.b', 1]],
  );
  const contract = (alerting: string) => `
[importlinter]
root_package = mypackage
[importlinter:contract:c]
name = C
type = independence
modules =
    mypackage.a
    mypackage.b
ignore_imports =
    mypackage.a -> mypackage.b
    mypackage.b -> mypackage.*
${alerting}`;

  it('is an error by default', () => {
    const check = checkOne(graph, contract(''));
    expect(check.status).toBe('error');
    expect(check.error).toContain(
      'No matches for ignored import mypackage.b -> mypackage.*.',
    );
  });

  it('warns with warn', () => {
    const check = checkOne(
      graph,
      contract('unmatched_ignore_imports_alerting = warn'),
    );
    expect(check.status).toBe('kept');
    expect(check.warnings).toEqual([
      'No matches for ignored import mypackage.b -> mypackage.*.',
    ]);
  });

  it('says nothing with none', () => {
    const check = checkOne(
      graph,
      contract('unmatched_ignore_imports_alerting = none'),
    );
    expect(check.status).toBe('kept');
    expect(check.warnings).toEqual([]);
  });
});
