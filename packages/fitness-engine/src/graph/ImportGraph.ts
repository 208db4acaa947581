/** Where an import statement is: the file and the 1-based line. */
export interface ImportSite {
  path: string;
  line: number;
  /** The import sits in an `if TYPE_CHECKING:` block. */
  typeCheckingOnly: boolean;
}

/**
 * Python modules and the imports between them. Internal modules are the
 * ones found in the source tree; an imported module that is not internal is
 * external and kept by its full dotted name.
 */
export class ImportGraph {
  private readonly internal = new Set<string>();
  private readonly forward = new Map<string, Map<string, ImportSite[]>>();
  private readonly backward = new Map<string, Set<string>>();

  addModule(module: string): void {
    this.internal.add(module);
  }

  addImport(importer: string, imported: string, site: ImportSite): void {
    if (importer === imported) {
      return;
    }
    let targets = this.forward.get(importer);
    if (!targets) {
      targets = new Map();
      this.forward.set(importer, targets);
    }
    const sites = targets.get(imported);
    if (sites) {
      sites.push(site);
    } else {
      targets.set(imported, [site]);
    }
    let importers = this.backward.get(imported);
    if (!importers) {
      importers = new Set();
      this.backward.set(imported, importers);
    }
    importers.add(importer);
  }

  /** The internal modules, in no particular order. */
  get modules(): ReadonlySet<string> {
    return this.internal;
  }

  isInternal(module: string): boolean {
    return this.internal.has(module);
  }

  /** Modules the given one imports directly. */
  importsOf(module: string): Iterable<string> {
    return this.forward.get(module)?.keys() ?? [];
  }

  /** Modules that import the given one directly. */
  importersOf(module: string): Iterable<string> {
    return this.backward.get(module) ?? [];
  }

  /** Where `importer` imports `imported` directly; empty if it does not. */
  sitesOf(importer: string, imported: string): readonly ImportSite[] {
    return this.forward.get(importer)?.get(imported) ?? [];
  }

  /** Every direct import, once per pair of modules. */
  *edges(): Iterable<{
    importer: string;
    imported: string;
    sites: readonly ImportSite[];
  }> {
    for (const [importer, targets] of this.forward) {
      for (const [imported, sites] of targets) {
        yield { importer, imported, sites };
      }
    }
  }
}
