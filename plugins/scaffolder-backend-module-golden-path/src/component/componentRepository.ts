import { dirname, join, resolve } from 'node:path';
import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  AuthorizeResult,
  ResourcePermission,
} from '@backstage/plugin-permission-common';
import { InputError, NotAllowedError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { entitySourceLocation } from '@internal/plugin-source-tree-node';
import {
  GithubPullRequests,
  LocalGitRepositories,
} from '@internal/plugin-golden-path-node';

/** A component the portal can change, and where its files are. */
export type ComponentRepository = {
  entity: Entity;
  entityRef: string;
  /** The folder of the component's catalog-info.yaml inside the repository ('' at its root). */
  folder: string;
  /** A repository the portal hosts (by name), or one on GitHub (its catalog-info.yaml's URL). */
  host: { kind: 'local'; name: string } | { kind: 'github'; url: string };
};

/** What the caller wants to do, and who may: for the refusal's message. */
export type ComponentChangeKind = {
  permission: ResourcePermission<'catalog-entity'>;
  /** Who the policy lets do it, as the refusal says it ("only its owners may …"). */
  allowed: string;
};

/** What the actions that change an existing component need. */
export type ComponentActionDeps = {
  repositories: LocalGitRepositories;
  pullRequests: GithubPullRequests;
  catalog: CatalogService;
  permissions: PermissionsService;
};

/**
 * Finds the repository of an existing component, for the templates that
 * change one (an ADR, a runbook, a design document): one the portal hosts,
 * or one on a configured GitHub integration. Refuses, before anything is
 * written, a component the caller may not change (`change.permission`, which
 * the policy gives to its owners) and one the portal cannot change: one that
 * is not in the catalog, not a Component, or whose files are elsewhere (the
 * examples in the portal's own checkout, say).
 */
export async function componentRepository(
  options: ComponentActionDeps & {
    entityRef: string;
    credentials: BackstageCredentials;
    change: ComponentChangeKind;
  },
): Promise<ComponentRepository> {
  const { catalog, credentials, repositories, pullRequests } = options;
  const entity = await catalog.getEntityByRef(options.entityRef, {
    credentials,
  });
  if (!entity) {
    throw new InputError(`There is no ${options.entityRef} in the catalog`);
  }
  const entityRef = stringifyEntityRef(entity);
  if (entity.kind !== 'Component') {
    throw new InputError(`${entityRef} is a ${entity.kind}, not a Component`);
  }
  const [decision] = await options.permissions.authorize(
    [{ permission: options.change.permission, resourceRef: entityRef }],
    { credentials },
  );
  if (decision.result !== AuthorizeResult.ALLOW) {
    const principal = credentials.principal as { userEntityRef?: string };
    const who = principal.userEntityRef
      ? parseEntityRef(principal.userEntityRef).name
      : 'The caller';
    throw new NotAllowedError(
      `${who} may not change ${entityRef}: ${options.change.allowed}. Nothing was written.`,
    );
  }
  const { type, target } = entitySourceLocation(entity);
  if (type === 'url' && pullRequests.handles(target)) {
    return {
      entity,
      entityRef,
      folder: pullRequests.folderOf(target),
      host: { kind: 'github', url: target },
    };
  }
  if (type !== 'file') {
    throw new NotAllowedError(
      `${entityRef} lives at ${target}, on a host without a GitHub integration; change it by a pull request there.`,
    );
  }
  const catalogFolder = dirname(resolve(target));
  const located = repositories.locate(join(catalogFolder, 'catalog-info.yaml'));
  if (!located || !(await repositories.exists(located.name))) {
    throw new NotAllowedError(
      `${entityRef} is read-only here: its files are in ${catalogFolder}, which is not a repository the portal hosts under ${repositories.root} (the examples live in the portal's own checkout). Change it by a pull request to its repository.`,
    );
  }
  return {
    entity,
    entityRef,
    folder: dirname(located.inside) === '.' ? '' : dirname(located.inside),
    host: { kind: 'local', name: located.name },
  };
}
