import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { join, posix, relative, resolve, sep } from 'node:path';
import { Config } from '@backstage/config';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import git from 'isomorphic-git';

/** Who a commit is authored by. */
export type GitAuthor = { name: string; email: string };

/**
 * The portal's git repositories on its own disk (the embedded default's
 * source hosting): one normal work tree with `main` checked out per service.
 * Every git write the portal makes goes through here.
 */
export class LocalGitRepositories {
  // One git write at a time per repository: isomorphic-git keeps no lock of its own.
  private readonly queues = new Map<string, Promise<unknown>>();

  private constructor(readonly root: string) {}

  static fromConfig(config: Config, cwd = process.cwd()) {
    const root =
      config.getOptionalString('goldenPath.localRepositories') ?? 'data/repos';
    return new LocalGitRepositories(resolve(cwd, root));
  }

  pathOf(name: string) {
    return join(this.root, name);
  }

  async exists(name: string) {
    return fs.existsSync(this.pathOf(name));
  }

  /**
   * Creates repository `name` from the files in `sourceDir`, with one commit.
   * The work tree is assembled in a hidden folder and moved into place only
   * once committed, so a failure leaves nothing behind.
   */
  async create(options: {
    name: string;
    sourceDir: string;
    author: GitAuthor;
    message: string;
  }): Promise<string> {
    const target = this.pathOf(options.name);
    if (await this.exists(options.name)) {
      throw new ConflictError(
        `A repository named ${options.name} already exists at ${target}; pick another name.`,
      );
    }
    await fs.promises.mkdir(this.root, { recursive: true });
    const staging = join(
      this.root,
      `.${options.name}.partial-${randomBytes(4).toString('hex')}`,
    );
    try {
      await fs.promises.cp(options.sourceDir, staging, {
        recursive: true,
        verbatimSymlinks: true,
        errorOnExist: true,
        force: false,
      });
      await git.init({ fs, dir: staging, defaultBranch: 'main' });
      const files = await git.statusMatrix({ fs, dir: staging });
      for (const [filepath] of files) {
        await git.add({ fs, dir: staging, filepath });
      }
      await git.commit({
        fs,
        dir: staging,
        message: options.message,
        author: options.author,
      });
      await fs.promises.rename(staging, target);
      return target;
    } catch (error) {
      await fs.promises.rm(staging, { recursive: true, force: true });
      throw error;
    }
  }

  /**
   * The repository that holds `path`, if it is one of these repositories:
   * its name and the path inside it.
   */
  locate(path: string): { name: string; inside: string } | undefined {
    const rel = relative(this.root, resolve(path));
    if (!rel || rel.startsWith('..') || resolve(rel) === rel) return undefined;
    const [name, ...rest] = rel.split(sep);
    return { name, inside: rest.join('/') };
  }

  /** Writes one file in a repository and commits it to the checked-out branch. */
  async commitFile(options: {
    name: string;
    path: string;
    content: string;
    author: GitAuthor;
    message: string;
  }): Promise<string> {
    const inside = posix.normalize(options.path);
    if (
      inside.startsWith('../') ||
      inside === '..' ||
      posix.isAbsolute(inside)
    ) {
      throw new InputError(
        `${options.path} is not a path inside the repository`,
      );
    }
    const dir = this.pathOf(options.name);
    if (!(await this.exists(options.name))) {
      throw new NotFoundError(
        `There is no repository ${options.name} under ${this.root}`,
      );
    }
    const previous = this.queues.get(dir) ?? Promise.resolve();
    const next = previous
      .catch(() => undefined)
      .then(async () => {
        await fs.promises.writeFile(join(dir, inside), options.content, 'utf8');
        await git.add({ fs, dir, filepath: inside });
        return git.commit({
          fs,
          dir,
          message: options.message,
          author: options.author,
        });
      });
    this.queues.set(dir, next);
    return next;
  }

  async remove(name: string) {
    await fs.promises.rm(this.pathOf(name), { recursive: true, force: true });
  }
}
