/** The layers inside each module of a modular monolith, higher first. */
export const MODULE_LAYERS = ['api', 'services', 'repository', 'types'];

/**
 * The modules of a modular monolith: the packages under `rootPackage` that
 * directly hold a module layer (api, services, repository or types), such as
 * `shop.billing` or, with a `modules` folder, `shop.modules.billing`. Sorted.
 */
export function monolithModules(
  modules: Iterable<string>,
  rootPackage: string,
): string[] {
  const found = new Set<string>();
  for (const module of modules) {
    const parts = module.split('.');
    if (parts[0] !== rootPackage) continue;
    const layer = parts.findIndex(
      (part, i) => i >= 2 && MODULE_LAYERS.includes(part),
    );
    if (layer >= 2) found.add(parts.slice(0, layer).join('.'));
  }
  return [...found].sort();
}

/** The module of `name`, if it is inside one of `modules`. */
export function moduleOf(modules: readonly string[], name: string) {
  return modules.find(m => name === m || name.startsWith(`${m}.`));
}

/** The last segment of a dotted name: `shop.modules.billing` → `billing`. */
export const shortName = (name: string) =>
  name.slice(name.lastIndexOf('.') + 1);
