import { spawnSync } from 'node:child_process';
import {
  GeneratorRunOptions,
  TechdocsGenerator,
} from '@backstage/plugin-techdocs-node';
import { checkMkdocsProject } from './checkMkdocsProject';

const MKDOCS_MISSING =
  'mkdocs is not installed on the portal machine. `npm start` installs it when it may (as root or with passwordless sudo); otherwise run: sudo apt-get install -y mkdocs mkdocs-material python3-pymdownx (elsewhere: pip install mkdocs mkdocs-material pymdown-extensions).';

/**
 * The stock TechDocs generator, run only after the repository's mkdocs
 * configuration passed {@link checkMkdocsProject}.
 */
export class GuardedTechdocsGenerator extends TechdocsGenerator {
  private mkdocsChecked = false;

  async run(options: GeneratorRunOptions): Promise<void> {
    await checkMkdocsProject(options.inputDir, options.siteOptions);
    if (!this.mkdocsChecked) {
      if (spawnSync('mkdocs', ['--version']).status !== 0) {
        throw new Error(MKDOCS_MISSING);
      }
      this.mkdocsChecked = true;
    }
    await super.run(options);
  }
}
