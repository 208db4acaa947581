import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { Config } from '@backstage/config';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import { isInside } from '@internal/source-tree';
import git from 'isomorphic-git';
import { refuseLink } from './noLinks';
import { RepositoryFiles, workTreeFiles } from './RepositoryFiles';

/** Who a commit is authored by. */
export type GitAuthor = { name: string; email: string };

/** Files to write, by path inside the repository. */
export type FileChanges = Record<string, string>;

// One git write at a time per repository, across every instance in this
// process: isomorphic-git keeps no lock of its own, and a change reads the
// work tree (for the next ADR number, say) before it writes.
const queues = new Map<string, Promise<unknown>>();

function insidePath(path: string) {
  const inside = posix.normalize(path);
  if (inside.startsWith('../') || inside === '..' || posix.isAbsolute(inside)) {
    throw new InputError(`${path} is not a path inside the repository`);
  }
  return inside;
}

const linkRefusal = (at: string) =>
  new InputError(
    `${at} is a symbolic link; the portal writes no file through a link`,
  );

// Writes `path` below `dir`, creating folders, and refuses a link anywhere on
// the way: the file is opened without following a link, and, before it is
// truncated, where the open landed is checked once more (a folder swapped
// for a link after the checks below would otherwise be followed).
async function writeWithoutLinks(dir: string, path: string, content: string) {
  const parts = path.split('/');
  for (let i = 1; i < parts.length; i++) {
    const folder = parts.slice(0, i).join('/');
    const stats = await fs.promises
      .lstat(join(dir, folder))
      .catch(() => undefined);
    if (stats?.isSymbolicLink()) throw linkRefusal(folder);
    if (!stats) await fs.promises.mkdir(join(dir, folder));
  }
  let file;
  try {
    file = await fs.promises.open(
      join(dir, path),
      fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_NOFOLLOW,
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') {
      throw linkRefusal(path);
    }
    throw error;
  }
  try {
    const opened = await fs.promises.realpath(`/proc/self/fd/${file.fd}`);
    if (!isInside(await fs.promises.realpath(dir), opened)) {
      throw linkRefusal(dirname(path));
    }
    await file.truncate(0);
    await file.writeFile(content, 'utf8');
  } finally {
    await file.close();
  }
}

/**
 * The portal's git repositories on its own disk (the embedded default's
 * source hosting): one normal work tree with `main` checked out per service.
 * Every git write the portal makes goes through here.
 */
export class LocalGitRepositories {
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
        errorOnExist: true,
        force: false,
        filter: async source => {
          await refuseLink(options.sourceDir, source);
          return true;
        },
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

  /**
   * Changes files of repository `name` the way a reviewed change would: a
   * commit on a new branch, merged into `main` with a merge commit. `edit`
   * runs while the repository is locked, reads the work tree at `main` and
   * returns the files to write. If anything fails, `main` and its work tree
   * stay as they were.
   */
  async change(options: {
    name: string;
    branch: string;
    author: GitAuthor;
    message: string;
    edit: (files: RepositoryFiles) => Promise<FileChanges>;
  }): Promise<{ commit: string; files: string[] }> {
    const dir = this.pathOf(options.name);
    if (!(await this.exists(options.name))) {
      throw new NotFoundError(
        `There is no repository ${options.name} under ${this.root}`,
      );
    }
    const previous = queues.get(dir) ?? Promise.resolve();
    const next = previous
      .catch(() => undefined)
      .then(() => this.changeLocked(dir, options));
    queues.set(dir, next);
    return next;
  }

  private async changeLocked(
    dir: string,
    options: Parameters<LocalGitRepositories['change']>[0],
  ) {
    const changes = await options.edit(workTreeFiles(dir));
    const files = Object.keys(changes).map(insidePath);
    if (files.length === 0) {
      throw new InputError('The change writes no file');
    }
    const { author, branch } = options;
    const created: string[] = [];
    await git.branch({ fs, dir, ref: branch, checkout: true });
    try {
      for (const [path, content] of Object.entries(changes)) {
        const target = join(dir, insidePath(path));
        if (!(await fs.promises.lstat(target).catch(() => undefined))) {
          created.push(target);
        }
        await writeWithoutLinks(dir, insidePath(path), content);
        await git.add({ fs, dir, filepath: insidePath(path) });
      }
      await git.commit({ fs, dir, message: options.message, author });
      await git.checkout({ fs, dir, ref: 'main' });
      const merge = await git.merge({
        fs,
        dir,
        ours: 'main',
        theirs: branch,
        fastForward: false,
        author,
        message: `${options.message}\n\nMerged branch ${branch}.`,
      });
      await git.checkout({ fs, dir, ref: 'main', force: true });
      return { commit: merge.oid!, files };
    } catch (error) {
      await git.checkout({ fs, dir, ref: 'main', force: true });
      const root = await fs.promises.realpath(dir);
      await Promise.all(
        created.map(async path => {
          // Only a file that is still inside the work tree is removed.
          const folder = await fs.promises
            .realpath(dirname(path))
            .catch(() => undefined);
          if (folder && isInside(root, folder)) {
            await fs.promises.rm(path, { force: true });
          }
        }),
      );
      throw error;
    } finally {
      await git.deleteBranch({ fs, dir, ref: branch }).catch(() => undefined);
    }
  }

  async remove(name: string) {
    await fs.promises.rm(this.pathOf(name), { recursive: true, force: true });
  }
}
