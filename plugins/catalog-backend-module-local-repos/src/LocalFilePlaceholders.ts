import { dirname, resolve } from 'node:path';
import { Entity } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { LocationSpec } from '@backstage/plugin-catalog-common';
import { CatalogProcessor } from '@backstage/plugin-catalog-node';
import { ConfinedRoots, readLocalTextFile } from '@internal/source-tree';
import yaml from 'yaml';

const PLACEHOLDERS = new Set(['$text', '$json', '$yaml']);
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

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
    return (await this.fill(entity, location.target)) as Entity;
  }

  private async fill(data: unknown, catalogFile: string): Promise<unknown> {
    if (Array.isArray(data)) {
      return Promise.all(data.map(item => this.fill(item, catalogFile)));
    }
    if (!data || typeof data !== 'object') return data;
    const entries = Object.entries(data);
    if (entries.length === 1 && PLACEHOLDERS.has(entries[0][0])) {
      const [key, value] = entries[0];
      return typeof value === 'string' && !URL_SCHEME.test(value)
        ? this.read(key, value, catalogFile)
        : data;
    }
    return Object.fromEntries(
      await Promise.all(
        entries.map(async ([k, v]) => [k, await this.fill(v, catalogFile)]),
      ),
    );
  }

  private async read(key: string, path: string, catalogFile: string) {
    const folder = dirname(catalogFile);
    const failure = (reason: string) =>
      new InputError(
        `Placeholder ${key} in ${catalogFile} could not read ${path}: ${reason}`,
      );
    if (!this.roots.allows(resolve(folder, path))) {
      throw failure(
        `it is outside the folders the catalog may read (${this.roots.describe()})`,
      );
    }
    let text: string;
    try {
      text = await readLocalTextFile(folder, path);
    } catch (error) {
      throw failure((error as Error).message);
    }
    if (key === '$text') return text;
    if (key === '$json') {
      try {
        return JSON.parse(text);
      } catch (error) {
        throw failure(`not JSON (${(error as Error).message})`);
      }
    }
    const documents = yaml.parseAllDocuments(text);
    if (documents.length !== 1) {
      throw failure('it must hold exactly one YAML document');
    }
    const [document] = documents;
    if (document.errors.length) {
      throw failure(`not YAML (${document.errors[0].message})`);
    }
    return document.toJS();
  }
}
