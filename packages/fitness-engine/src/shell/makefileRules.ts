/** A Makefile rule: its prerequisites and its recipe lines (1-based). */
export interface MakeRule {
  prerequisites: string[];
  recipe: Array<{ text: string; line: number }>;
}

export interface Makefile {
  rules: Map<string, MakeRule>;
  /** The first target that does not start with a dot: what `make` alone builds. */
  defaultTarget?: string;
}

// `targets: prerequisites ; recipe`, not a `:=` or `::=` assignment.
const RULE = /^([^:#=\t][^:#=]*)::?(?!=)([^=]*)$/;

/**
 * The rules of a Makefile, as far as finding what a target runs needs:
 * explicit targets, their prerequisites and tab-indented recipes. Variables,
 * pattern rules and conditionals are not evaluated.
 */
export function makefileRules(text: string): Makefile {
  const rules = new Map<string, MakeRule>();
  let defaultTarget: string | undefined;
  let current: MakeRule[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let line = lines[i].replace(/\r$/, '');
    while (line.endsWith('\\') && i + 1 < lines.length) {
      line = `${line.slice(0, -1)} ${lines[++i].replace(/\r$/, '').trim()}`;
    }
    if (line.startsWith('\t')) {
      for (const rule of current) {
        rule.recipe.push({ text: line.slice(1), line: start + 1 });
      }
      continue;
    }
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const match = RULE.exec(line);
    current = [];
    if (!match) continue;
    const [prerequisites, inline] = match[2].split(';', 2);
    for (const target of match[1].trim().split(/\s+/)) {
      const rule: MakeRule = {
        prerequisites: prerequisites
          .split('|')[0]
          .trim()
          .split(/\s+/)
          .filter(Boolean),
        recipe: inline?.trim()
          ? [{ text: inline.trim(), line: start + 1 }]
          : [],
      };
      rules.set(target, rule);
      current.push(rule);
      if (!defaultTarget && !target.startsWith('.')) defaultTarget = target;
    }
  }
  return { rules, defaultTarget };
}
