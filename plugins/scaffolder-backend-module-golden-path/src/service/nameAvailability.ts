import {
  BackstageCredentials,
  HttpAuthService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import express from 'express';
import Router from 'express-promise-router';
import { serviceNameProblem } from '@internal/plugin-golden-path-common';
import { validateRepositoryName } from '../repositoryName';
import { LocalGitRepositories } from '@internal/plugin-golden-path-node';

async function availability(
  name: string,
  deps: {
    repositories: LocalGitRepositories;
    catalog: CatalogService;
    credentials: BackstageCredentials;
  },
) {
  const problem = serviceNameProblem(name);
  if (problem) return { available: false, reason: problem };
  try {
    validateRepositoryName(name);
  } catch (error) {
    return { available: false, reason: (error as Error).message };
  }
  if (await deps.repositories.exists(name)) {
    return {
      available: false,
      reason: `A repository named ${name} already exists; pick another name.`,
    };
  }
  const entity = await deps.catalog.getEntityByRef(
    `component:default/${name}`,
    { credentials: deps.credentials },
  );
  if (entity) {
    return {
      available: false,
      reason: `The catalog already has component:default/${name}; pick another name.`,
    };
  }
  return { available: true };
}

/**
 * `GET /golden-path/names/:name` under the scaffolder's API: whether a new
 * service may take this name (valid, no repository, no component of that
 * name), so the form can say so before the task runs.
 */
export function createNameAvailabilityRouter(options: {
  httpAuth: HttpAuthService;
  repositories: LocalGitRepositories;
  catalog: CatalogService;
}) {
  const router = Router();
  router.get('/golden-path/names/:name', async (req, res) => {
    const credentials = await options.httpAuth.credentials(req, {
      allow: ['user'],
    });
    const name = req.params.name;
    res.json({
      name,
      ...(await availability(name, { ...options, credentials })),
    });
  });
  return express.Router().use(router);
}
