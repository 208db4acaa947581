/**
 * Module expressions, as import-linter and grimp define them
 * (`docs/contract_types/index.md`, "Wildcards"): `*` stands for one module
 * name, `**` for one or more; a wildcard replaces a whole name.
 */

const PART = /^([\p{L}\p{N}_]+|\*|\*\*)$/u;

/**
 * Why the expression is not a valid module expression, or undefined if it is.
 * The rules are import-linter's: `foo*` is invalid, as are `*.**`, `**.*` and
 * `**.**`.
 */
export function moduleExpressionProblem(
  expression: string,
): string | undefined {
  if (expression === '') {
    return 'a module name is empty.';
  }
  const parts = expression.split('.');
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index];
    if (part.includes('*') && part !== '*' && part !== '**') {
      return `"${expression}": a wildcard can only replace a whole module name (write "pkg.*", not "pkg.foo*").`;
    }
    if (!PART.test(part)) {
      return `"${expression}" is not a dotted Python module name.`;
    }
    const previous = parts[index - 1];
    if (previous === '**' && (part === '*' || part === '**')) {
      return `"${expression}": a recursive wildcard (**) cannot be followed by another wildcard.`;
    }
    if (previous === '*' && part === '**') {
      return `"${expression}": a wildcard (*) cannot be followed by a recursive wildcard (**).`;
    }
  }
  return undefined;
}

export function hasWildcard(expression: string): boolean {
  return expression.split('.').some(part => part === '*' || part === '**');
}

const patternCache = new Map<string, RegExp>();

/** Whether a module name matches an expression (an exact name matches itself only). */
export function matchesModuleExpression(
  expression: string,
  module: string,
): boolean {
  if (!hasWildcard(expression)) {
    return expression === module;
  }
  let pattern = patternCache.get(expression);
  if (!pattern) {
    const source = expression
      .split('.')
      .map(part => {
        if (part === '*') {
          return '[^.]+';
        }
        if (part === '**') {
          return '[^.]+(?:\\.[^.]+)*';
        }
        return part;
      })
      .join('\\.');
    pattern = new RegExp(`^${source}$`, 'u');
    patternCache.set(expression, pattern);
  }
  return pattern.test(module);
}

/** Whether `module` is `ancestor` itself or one of its descendants. */
export function isInPackage(module: string, ancestor: string): boolean {
  return module === ancestor || module.startsWith(`${ancestor}.`);
}

/** Whether `module` is a descendant of `ancestor` (not the module itself). */
export function isDescendantOf(module: string, ancestor: string): boolean {
  return module.startsWith(`${ancestor}.`);
}

/** `a.b.c` → `c`. */
export function lastPart(module: string): string {
  return module.slice(module.lastIndexOf('.') + 1);
}

/** Orders names by code unit, as Python sorts strings. */
export function compareNames(a: string, b: string): number {
  if (a === b) {
    return 0;
  }
  return a < b ? -1 : 1;
}
