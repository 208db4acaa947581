import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { readLocalSourceTree } from '@internal/source-tree';
import { parse } from 'smol-toml';
import { formatPython } from '../python/formatPython';

/**
 * `golden-path:python:format`: sorts the imports and formats every Python
 * file of the generated service with ruff and the service's own
 * pyproject.toml settings, so the service passes its own lint whatever
 * names were entered in the form.
 */
export function createFormatPythonAction() {
  return createTemplateAction({
    id: 'golden-path:python:format',
    description:
      "Sorts imports and formats the workspace's Python files with ruff, using pyproject.toml's [tool.ruff] settings.",
    supportsDryRun: true,
    schema: {
      input: {
        path: z =>
          z
            .string({ description: 'The folder with pyproject.toml' })
            .default('.'),
      },
    },
    async handler(ctx) {
      const dir = join(ctx.workspacePath, ctx.input.path ?? '.');
      let settings: Record<string, unknown>;
      try {
        const pyproject = parse(
          await readFile(join(dir, 'pyproject.toml'), 'utf8'),
        ) as { tool?: { ruff?: Record<string, unknown> } };
        settings = pyproject.tool?.ruff ?? {};
      } catch (error) {
        throw new InputError(
          `Cannot read ${ctx.input.path}/pyproject.toml: ${
            (error as Error).message
          }`,
        );
      }
      const tree = await readLocalSourceTree(dir, {
        include: path => path.endsWith('.py'),
      });
      const files = tree.files.filter(f => f.path.endsWith('.py'));
      for (const file of files) {
        const source = await tree.readText(file.path);
        let formatted: string;
        try {
          formatted = formatPython(source, settings);
        } catch (error) {
          throw new InputError(
            `${file.path} is not valid Python, so the template is broken: ${error}`,
          );
        }
        if (formatted !== source) {
          await writeFile(join(dir, file.path), formatted, 'utf8');
        }
      }
      ctx.logger.info(`Formatted ${files.length} Python files with ruff`);
    },
  });
}
