import { LocationSpec } from '@backstage/plugin-catalog-common';
import {
  CatalogProcessor,
  CatalogProcessorEmit,
  CatalogProcessorParser,
  processingResult,
} from '@backstage/plugin-catalog-node';
import { ConfinedRoots, readLocalTextFile } from '@internal/source-tree';
import { glob } from 'glob';
import { basename, dirname, normalize, resolve } from 'node:path';

/**
 * Reads `file` locations in place of the catalog's own file reader: the
 * pattern must pass {@link ConfinedRoots.refusal}, and each file it matches
 * must lie inside the roots once its links are resolved, and is read
 * without following a link. A match that leads out is reported, not read.
 */
export class ConfinedFileReader implements CatalogProcessor {
  constructor(private readonly roots: ConfinedRoots) {}

  getProcessorName() {
    return 'ConfinedFileReader';
  }

  /** Before the catalog's FileReaderProcessor (20), which then never sees a file location. */
  getPriority() {
    return 10;
  }

  async readLocation(
    location: LocationSpec,
    optional: boolean,
    emit: CatalogProcessorEmit,
    parser: CatalogProcessorParser,
  ): Promise<boolean> {
    if (location.type !== 'file') return false;
    const refused = this.roots.refusal(location.target);
    if (refused) {
      emit(
        processingResult.generalError(
          location,
          `file ${location.target} is refused: ${refused}`,
        ),
      );
      return true;
    }
    const matches = await glob(location.target, {
      windowsPathsNoEscape: true,
      nobrace: true,
      noext: true,
      nodir: true,
    });
    if (matches.length === 0 && !optional) {
      emit(
        processingResult.notFoundError(
          location,
          `file ${location.target} does not exist`,
        ),
      );
    }
    for (const match of matches.map(m => normalize(resolve(m))).sort()) {
      if (!this.roots.contains(match)) {
        emit(
          processingResult.generalError(
            location,
            `file ${match} (matched by ${
              location.target
            }) leads outside the folders the portal may read (${this.roots.describe()}); it was not read`,
          ),
        );
        continue;
      }
      let text: string;
      try {
        text = await readLocalTextFile(dirname(match), basename(match));
      } catch (error) {
        emit(
          processingResult.generalError(
            location,
            `file ${match} could not be read: ${(error as Error).message}`,
          ),
        );
        continue;
      }
      for await (const result of parser({
        data: Buffer.from(text, 'utf8'),
        location: { type: 'file', target: match },
      })) {
        emit(result);
        emit(processingResult.refresh(`file:${match}`));
      }
    }
    return true;
  }
}
