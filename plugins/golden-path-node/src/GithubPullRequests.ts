import { Config } from '@backstage/config';
import { InputError, ServiceUnavailableError } from '@backstage/errors';
import {
  DefaultGithubCredentialsProvider,
  GithubCredentialsProvider,
  ScmIntegrations,
} from '@backstage/integration';
import { Octokit } from '@octokit/rest';
import { posix } from 'node:path';
import { GitAuthor } from './LocalGitRepositories';
import { RepositoryFiles } from './RepositoryFiles';

/** A change to one file, proposed as a pull request. */
export type FileChangeProposal = {
  /** The file's URL, as the catalog knows it: `https://<host>/<owner>/<repo>/blob/<branch>/<path>`. */
  fileUrl: string;
  content: string;
  /** The new branch's name; it must not exist yet. */
  branch: string;
  title: string;
  body: string;
  author: GitAuthor;
};

// GitHub's own status (a 403 for the portal's token, say) must not read as
// the portal's answer to the user, so every call's failure becomes a 503 that names the step.
async function onGithub<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw new ServiceUnavailableError(
      `GitHub refused to ${what}: ${(error as Error).message}`,
    );
  }
}

function blobParts(fileUrl: string) {
  const [owner, repo, kind, base, ...path] = new URL(fileUrl).pathname
    .split('/')
    .filter(Boolean)
    .map(decodeURIComponent);
  if (
    !owner ||
    !repo ||
    !['blob', 'tree'].includes(kind) ||
    !base ||
    path.length === 0
  ) {
    throw new InputError(
      `${fileUrl} does not name a file on a branch (https://<host>/<owner>/<repo>/blob/<branch>/<path>)`,
    );
  }
  return { owner, repo, base, filepath: path.join('/') };
}

/**
 * Production's git writes: a change to a repository on a configured GitHub
 * integration becomes a branch, a commit and a pull request against the
 * branch the catalog reads from, so the repository's own review rules apply.
 */
export class GithubPullRequests {
  private constructor(
    private readonly integrations: ScmIntegrations,
    private readonly credentials: GithubCredentialsProvider,
  ) {}

  static fromConfig(config: Config) {
    const integrations = ScmIntegrations.fromConfig(config);
    return new GithubPullRequests(
      integrations,
      DefaultGithubCredentialsProvider.fromIntegrations(integrations),
    );
  }

  /** Whether `url` is on a GitHub host this portal is configured for. */
  handles(url: string) {
    return this.integrations.github.byUrl(url) !== undefined;
  }

  /** `path` relative to the folder of the file at `base`, as a URL. */
  resolve(path: string, base: string) {
    return this.integrations.resolveUrl({ url: path, base });
  }

  private async client(url: string) {
    const integration = this.integrations.github.byUrl(url);
    if (!integration) {
      throw new InputError(
        `${url} is not on a GitHub host configured under integrations.github`,
      );
    }
    const { owner, repo, base, filepath } = blobParts(url);
    const { token } = await this.credentials.getCredentials({ url });
    if (!token) {
      throw new InputError(
        `No GitHub credentials for ${owner}/${repo}; configure a token or a GitHub App under integrations.github`,
      );
    }
    const octokit = new Octokit({
      auth: token,
      baseUrl: integration.config.apiBaseUrl,
    });
    return { octokit, owner, repo, base, filepath };
  }

  /** The files of the branch that `url` (any file URL in the repository) is on. */
  filesAt(url: string): RepositoryFiles {
    const content = async (path: string) => {
      const { octokit, owner, repo, base } = await this.client(url);
      try {
        const { data } = await octokit.rest.repos.getContent({
          owner,
          repo,
          path,
          ref: base,
        });
        return data;
      } catch (error) {
        if ((error as { status?: number }).status === 404) return undefined;
        throw new ServiceUnavailableError(
          `GitHub refused to read ${path}: ${(error as Error).message}`,
        );
      }
    };
    return {
      exists: async path => (await content(path)) !== undefined,
      read: async path => {
        const data = await content(path);
        if (!data || Array.isArray(data) || data.type !== 'file') {
          throw new InputError(`${path} is not a file in ${url}`);
        }
        return Buffer.from(
          (data as { content: string }).content,
          'base64',
        ).toString('utf8');
      },
      list: async folder => {
        const data = await content(folder);
        if (!Array.isArray(data)) {
          throw new InputError(`${folder} is not a folder in ${url}`);
        }
        return data.map(entry => entry.name);
      },
    };
  }

  /**
   * Writes `changes` (paths from the repository's root) on a new branch and
   * opens a pull request against the branch that `url` is on.
   */
  async proposeChanges(change: {
    url: string;
    changes: Record<string, string>;
    branch: string;
    title: string;
    body: string;
    author: GitAuthor;
  }): Promise<{ url: string }> {
    const { octokit, owner, repo, base } = await this.client(change.url);
    const where = `${owner}/${repo}`;
    const { data: head } = await onGithub(`read ${where}@${base}`, () =>
      octokit.rest.git.getRef({ owner, repo, ref: `heads/${base}` }),
    );
    const current = new Map<string, string | undefined>();
    for (const path of Object.keys(change.changes)) {
      const { data } = await octokit.rest.repos
        .getContent({ owner, repo, path, ref: base })
        .catch(error => {
          if ((error as { status?: number }).status === 404) {
            return { data: undefined };
          }
          throw new ServiceUnavailableError(
            `GitHub refused to read ${path}: ${(error as Error).message}`,
          );
        });
      if (data && (Array.isArray(data) || data.type !== 'file')) {
        throw new InputError(`${path} is not a file in ${where}`);
      }
      current.set(path, data?.sha);
    }
    await onGithub(`create the branch ${change.branch} in ${where}`, () =>
      octokit.rest.git.createRef({
        owner,
        repo,
        ref: `refs/heads/${change.branch}`,
        sha: head.object.sha,
      }),
    );
    for (const [path, content] of Object.entries(change.changes)) {
      await onGithub(`commit ${path} to ${change.branch}`, () =>
        octokit.rest.repos.createOrUpdateFileContents({
          owner,
          repo,
          path,
          branch: change.branch,
          sha: current.get(path),
          message: change.title,
          content: Buffer.from(content, 'utf8').toString('base64'),
          author: change.author,
        }),
      );
    }
    const { data: pull } = await onGithub(
      `open a pull request in ${where}`,
      () =>
        octokit.rest.pulls.create({
          owner,
          repo,
          base,
          head: change.branch,
          title: change.title,
          body: change.body,
        }),
    );
    return { url: pull.html_url };
  }

  /** One file's change, as a pull request (an ADR review). */
  async propose(change: FileChangeProposal): Promise<{ url: string }> {
    const { filepath } = blobParts(change.fileUrl);
    return this.proposeChanges({
      url: change.fileUrl,
      changes: { [filepath]: change.content },
      branch: change.branch,
      title: change.title,
      body: change.body,
      author: change.author,
    });
  }

  /** Where `url` (a file URL) is in its repository: the folder's path from the root. */
  folderOf(url: string) {
    return posix.dirname(blobParts(url).filepath).replace(/^\.$/, '');
  }
}
