import { Config } from '@backstage/config';
import { InputError, ServiceUnavailableError } from '@backstage/errors';
import {
  DefaultGithubCredentialsProvider,
  GithubCredentialsProvider,
  ScmIntegrations,
} from '@backstage/integration';
import { Octokit } from '@octokit/rest';
import { GitAuthor } from './LocalGitRepositories';

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

  async propose(change: FileChangeProposal): Promise<{ url: string }> {
    const integration = this.integrations.github.byUrl(change.fileUrl);
    if (!integration) {
      throw new InputError(
        `${change.fileUrl} is not on a GitHub host configured under integrations.github`,
      );
    }
    const { owner, repo, base, filepath } = blobParts(change.fileUrl);
    const { token } = await this.credentials.getCredentials({
      url: change.fileUrl,
    });
    if (!token) {
      throw new InputError(
        `No GitHub credentials for ${owner}/${repo}; configure a token or a GitHub App under integrations.github`,
      );
    }
    const octokit = new Octokit({
      auth: token,
      baseUrl: integration.config.apiBaseUrl,
    });
    const where = `${owner}/${repo}`;
    const { data: head } = await onGithub(`read ${where}@${base}`, () =>
      octokit.rest.git.getRef({ owner, repo, ref: `heads/${base}` }),
    );
    const { data: current } = await onGithub(`read ${filepath}`, () =>
      octokit.rest.repos.getContent({ owner, repo, path: filepath, ref: base }),
    );
    if (Array.isArray(current) || current.type !== 'file') {
      throw new InputError(`${change.fileUrl} is not a file`);
    }
    await onGithub(`create the branch ${change.branch} in ${where}`, () =>
      octokit.rest.git.createRef({
        owner,
        repo,
        ref: `refs/heads/${change.branch}`,
        sha: head.object.sha,
      }),
    );
    await onGithub(`commit ${filepath} to ${change.branch}`, () =>
      octokit.rest.repos.createOrUpdateFileContents({
        owner,
        repo,
        path: filepath,
        branch: change.branch,
        sha: current.sha,
        message: change.title,
        content: Buffer.from(change.content, 'utf8').toString('base64'),
        author: change.author,
      }),
    );
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
}
