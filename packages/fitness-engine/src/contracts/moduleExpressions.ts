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

/**
 * Whether a module name matches an expression (an exact name matches itself
 * only). `*` stands for one part, `**` for one or more. Matched part by part
 * (the positions a prefix of the expression can reach), so that any number
 * of `**` costs parts × parts, never a regex's backtracking.
 */
export function matchesModuleExpression(
  expression: string,
  module: string,
): boolean {
  if (!hasWildcard(expression)) {
    return expression === module;
  }
  const parts = module.split('.');
  let reachable = new Uint8Array(parts.length + 1);
  reachable[0] = 1;
  for (const wanted of expression.split('.')) {
    const next = new Uint8Array(parts.length + 1);
    let any = false;
    for (let i = 0; i < parts.length; i++) {
      if (wanted === '**') {
        any ||= reachable[i] === 1;
        if (any) next[i + 1] = 1;
      } else if (reachable[i] && (wanted === '*' || wanted === parts[i])) {
        next[i + 1] = 1;
      }
    }
    reachable = next;
  }
  return reachable[parts.length] === 1;
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
