import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import {
  resolveSafeChildPath,
  UrlReaderService,
} from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { ScmIntegrations } from '@backstage/integration';
import { createFetchTemplateAction } from '@backstage/plugin-scaffolder-backend';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  goldenPathTemplateFilters,
  goldenPathTemplateGlobals,
} from '../templating/templateGlobals';

async function assertUploaded(baseUrl: string, part: string) {
  const url = new URL(baseUrl);
  let found = false;
  if (url.protocol === 'file:') {
    try {
      const uploaded = fileURLToPath(new URL('./', url));
      found = (await stat(resolveSafeChildPath(uploaded, part))).isDirectory();
    } catch {
      found = false;
    }
  }
  if (!found) {
    throw new InputError(
      `in a dry-run, golden-path:fetch:shared reads only the uploaded folder, which has no ${part}`,
    );
  }
}

/**
 * `golden-path:fetch:shared`: renders a folder of the templates' folder into
 * the workspace, exactly as fetch:template would: a part several golden
 * paths share (`_shared/python-service`: the Dockerfile, Kubernetes
 * manifests, SLOs and runbook of a Python service), or another template's
 * skeleton (the monorepo's services are python-layered-service's).
 * fetch:template itself only reads below the template's own folder; this
 * action points it at the templates' folder instead, wherever the templates
 * are (a local checkout or a repository). A dry-run's template is the
 * uploaded folder, next to other tasks' workspaces, so there the parts are
 * read from the uploaded folder only.
 */
export function createFetchSharedAction(options: {
  reader: UrlReaderService;
  integrations: ScmIntegrations;
}) {
  const fetchTemplate = createFetchTemplateAction({
    ...options,
    additionalTemplateGlobals: goldenPathTemplateGlobals,
    additionalTemplateFilters: goldenPathTemplateFilters,
  });
  return createTemplateAction({
    id: 'golden-path:fetch:shared',
    description:
      "Renders a folder of the templates' folder (a shared part, or another template's skeleton) into the workspace, like fetch:template.",
    supportsDryRun: true,
    schema: {
      input: {
        part: z =>
          z
            .string({
              description:
                'The folder, relative to the templates folder, e.g. _shared/python-service',
            })
            .regex(
              /^[a-z0-9_][a-z0-9_-]*(\/[a-z0-9_][a-z0-9_-]*)*$/,
              'a relative folder such as _shared/python-service',
            ),
        targetPath: z => z.string().optional(),
        values: z => z.record(z.string(), z.any()).default({}),
      },
    },
    async handler(ctx) {
      const baseUrl = ctx.templateInfo?.baseUrl;
      if (!baseUrl) {
        throw new InputError(
          'golden-path:fetch:shared needs to know where the template came from',
        );
      }
      if (ctx.isDryRun) {
        await assertUploaded(baseUrl, ctx.input.part);
      }
      await fetchTemplate.handler({
        ...ctx,
        templateInfo: {
          ...ctx.templateInfo,
          baseUrl: ctx.isDryRun
            ? baseUrl
            : new URL('../templates.yaml', baseUrl).href,
        },
        input: {
          url: `./${ctx.input.part}`,
          targetPath: ctx.input.targetPath,
          values: ctx.input.values,
        },
      } as Parameters<typeof fetchTemplate.handler>[0]);
    },
  });
}
