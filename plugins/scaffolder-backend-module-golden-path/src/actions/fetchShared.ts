import { UrlReaderService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { ScmIntegrations } from '@backstage/integration';
import { createFetchTemplateAction } from '@backstage/plugin-scaffolder-backend';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';

/** The folder, beside the templates' own folders, that holds the shared parts. */
export const SHARED_FOLDER = '_shared';

/**
 * `golden-path:fetch:shared`: renders a part that several golden paths share
 * (`templates/_shared/<part>`: the Dockerfile, Kubernetes manifests, CI
 * workflow, SLOs and runbook of a Python service) into the workspace, exactly
 * as fetch:template would. fetch:template itself only reads below the
 * template's own folder; this action points it at the shared folder instead,
 * wherever the templates are (a local checkout or a repository).
 */
export function createFetchSharedAction(options: {
  reader: UrlReaderService;
  integrations: ScmIntegrations;
}) {
  const fetchTemplate = createFetchTemplateAction(options);
  return createTemplateAction({
    id: 'golden-path:fetch:shared',
    description:
      'Renders a part shared by several golden paths (templates/_shared/<part>) into the workspace, like fetch:template.',
    supportsDryRun: true,
    schema: {
      input: {
        part: z =>
          z
            .string({ description: 'The folder under templates/_shared' })
            .regex(
              /^[a-z0-9]+(-[a-z0-9]+)*$/,
              'a folder name such as python-service',
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
      await fetchTemplate.handler({
        ...ctx,
        templateInfo: {
          ...ctx.templateInfo,
          baseUrl: new URL(`../${SHARED_FOLDER}/parts.yaml`, baseUrl).href,
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
