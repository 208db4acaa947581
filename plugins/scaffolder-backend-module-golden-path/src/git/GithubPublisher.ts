import { Config } from '@backstage/config';
import {
  DefaultGithubCredentialsProvider,
  ScmIntegrations,
} from '@backstage/integration';
import { createPublishGithubAction } from '@backstage/plugin-scaffolder-backend-module-github';
import { ActionContext } from '@backstage/plugin-scaffolder-node';
import { Octokit } from '@octokit/rest';
import { GitAuthor } from '@internal/plugin-golden-path-node';

/**
 * Production's publisher: a new repository under `goldenPath.publish.github`'s
 * owner, created and pushed by the scaffolder's own publish:github.
 */
export class GithubPublisher {
  private readonly publishGithub;

  private constructor(
    config: Config,
    private readonly integrations: ScmIntegrations,
    readonly owner: string,
    readonly host: string,
    private readonly visibility: string,
  ) {
    this.publishGithub = createPublishGithubAction({ integrations, config });
  }

  /** The publisher when `goldenPath.publish.target` is `github`, else undefined. */
  static fromConfig(config: Config): GithubPublisher | undefined {
    if (config.getOptionalString('goldenPath.publish.target') !== 'github') {
      return undefined;
    }
    const github = config.getConfig('goldenPath.publish.github');
    return new GithubPublisher(
      config,
      ScmIntegrations.fromConfig(config),
      github.getString('owner'),
      github.getOptionalString('host') ?? 'github.com',
      github.getOptionalString('visibility') ?? 'private',
    );
  }

  /** Where a repository of that name will be, before it exists. */
  repositoryUrl(name: string) {
    return `https://${this.host}/${this.owner}/${name}`;
  }

  /** Creates the repository, pushes the workspace to `main` and protects it. */
  async publish(
    ctx: ActionContext<any, any>,
    repository: { name: string; description: string; author: GitAuthor },
  ): Promise<{ remoteUrl: string; contentsUrl: string }> {
    const outputs: Record<string, string> = {};
    await this.publishGithub.handler({
      ...ctx,
      input: {
        repoUrl: `${this.host}?owner=${encodeURIComponent(
          this.owner,
        )}&repo=${encodeURIComponent(repository.name)}`,
        description: repository.description,
        repoVisibility: this.visibility,
        defaultBranch: 'main',
        protectDefaultBranch: true,
        gitAuthorName: repository.author.name,
        gitAuthorEmail: repository.author.email,
      },
      output: (key: string, value: unknown) => {
        outputs[key] = String(value);
      },
    } as Parameters<typeof this.publishGithub.handler>[0]);
    return {
      remoteUrl: outputs.remoteUrl,
      contentsUrl: outputs.repoContentsUrl,
    };
  }

  /** Deletes a repository this publisher created, to undo a failed run. */
  async remove(name: string) {
    const url = this.repositoryUrl(name);
    const integration = this.integrations.github.byUrl(url);
    const { token } = await DefaultGithubCredentialsProvider.fromIntegrations(
      this.integrations,
    ).getCredentials({ url });
    await new Octokit({
      auth: token,
      baseUrl: integration?.config.apiBaseUrl,
    }).rest.repos.delete({ owner: this.owner, repo: name });
  }
}
