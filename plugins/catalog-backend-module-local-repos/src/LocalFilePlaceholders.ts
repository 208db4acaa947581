import { dirname, resolve } from 'node:path';
import { Entity } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { LocationSpec } from '@backstage/plugin-catalog-common';
import { CatalogProcessor } from '@backstage/plugin-catalog-node';
import { ConfinedRoots, readLocalTextFile } from '@internal/source-tree';
import yaml from 'yaml';

const PLACEHOLDERS = new Set(['$text', '$json', '$yaml']);
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
// What one entity's placeholders may fill in all, repeats counted: the
// catalog stores the filled entity as one row.
const MAX_FILLED_CHARACTERS = 5_000_000;

/** One entity's placeholders: files read once each, one after another, within a total. */
class EntityFill {
  private readonly texts = new Map<string, string>();
  private filled = 0;

  constructor(
    private readonly roots: ConfinedRoots,
    private readonly catalogFile: string,
  ) {}

  async walk(data: unknown): Promise<unknown> {
    if (Array.isArray(data)) {
      const items = [];
      for (const item of data) items.push(await this.walk(item));
      return items;
    }
    if (!data || typeof data !== 'object') return data;
    const entries = Object.entries(data);
    if (entries.length === 1 && PLACEHOLDERS.has(entries[0][0])) {
      const [key, value] = entries[0];
      return typeof value === 'string' && !URL_SCHEME.test(value)
        ? this.fill(key, value)
        : data;
    }
    const walked: Array<[string, unknown]> = [];
    for (const [k, v] of entries) walked.push([k, await this.walk(v)]);
    return Object.fromEntries(walked);
  }

  private failure(key: string, path: string, reason: string) {
    return new InputError(
      `Placeholder ${key} in ${this.catalogFile} could not read ${path}: ${reason}`,
    );
  }

  private async fill(key: string, path: string) {
    const text = await this.read(key, path);
    this.filled += text.length;
    if (this.filled > MAX_FILLED_CHARACTERS) {
      throw this.failure(
        key,
        path,
        `the entity's placeholders would hold more than ${MAX_FILLED_CHARACTERS} characters`,
      );
    }
    if (key === '$text') return text;
    try {
      if (key === '$json') return JSON.parse(text);
    } catch (error) {
      throw this.failure(key, path, `not JSON (${(error as Error).message})`);
    }
    const documents = yaml.parseAllDocuments(text);
    if (documents.length !== 1) {
      throw this.failure(key, path, 'it must hold exactly one YAML document');
    }
    try {
      if (documents[0].errors.length) throw documents[0].errors[0];
      return documents[0].toJS();
    } catch (error) {
      throw this.failure(key, path, `not YAML (${(error as Error).message})`);
    }
  }

  private async read(key: string, path: string) {
    const known = this.texts.get(path);
    if (known !== undefined) return known;
    const folder = dirname(this.catalogFile);
    if (!this.roots.contains(resolve(folder, path))) {
      throw this.failure(
        key,
        path,
        `it is outside the folders the catalog may read (${this.roots.describe()})`,
      );
    }
    try {
      const text = await readLocalTextFile(folder, path);
      this.texts.set(path, text);
      return text;
    } catch (error) {
      throw this.failure(key, path, (error as Error).message);
    }
  }
}

/**
 * Fills `$text`, `$json` and `$yaml` placeholders that name a file relative
 * to a `file` location: a golden path's `definition: {$text: ./openapi.yaml}`
 * in a repository on the portal's disk. The catalog's own placeholder
 * processor reads URLs only. The file must lie in the folder of the catalog
 * file that names it and under `catalog.fileLocationRoots`, and is read under
 * the source-tree reader's rules. Runs before that processor (priority 10
 * against its 20), which then finds nothing left to fill.
 */
export class LocalFilePlaceholders implements CatalogProcessor {
  constructor(private readonly roots: ConfinedRoots) {}

  getProcessorName() {
    return 'LocalFilePlaceholders';
  }

  getPriority() {
    return 10;
  }

  async preProcessEntity(entity: Entity, location: LocationSpec) {
    if (location.type !== 'file') return entity;
    const fill = new EntityFill(this.roots, location.target);
    return (await fill.walk(entity)) as Entity;
  }
}
