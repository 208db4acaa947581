import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { readLocalSourceTree, readLocalTextFile } from '@internal/source-tree';
import { parse } from 'smol-toml';
import { formatPython } from '../python/formatPython';

/**
 * `golden-path:python:format`: sorts the imports and formats every Python
 * file of the generated service with ruff and the service's own
 * pyproject.toml settings, so the service passes its own lint whatever
 * names were entered in the form. The folder must lie inside the workspace
 * (links resolved); a dry-run formats in memory and writes nothing.
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
      const path = ctx.input.path ?? '.';
      let dir: string;
      try {
        dir = resolveSafeChildPath(ctx.workspacePath, path);
      } catch {
        throw new InputError(
          `golden-path:python:format formats only inside the workspace; ${path} leads out of it`,
        );
      }
      let settings: Record<string, unknown>;
      try {
        const pyproject = parse(
          await readLocalTextFile(dir, 'pyproject.toml'),
        ) as { tool?: { ruff?: Record<string, unknown> } };
        settings = pyproject.tool?.ruff ?? {};
      } catch (error) {
        throw new InputError(
          `Cannot read ${path}/pyproject.toml: ${(error as Error).message}`,
        );
      }
      const tree = await readLocalSourceTree(dir, {
        include: file => file.endsWith('.py'),
      });
      for (const warning of tree.warnings) {
        ctx.logger.warn(`Not formatted: ${warning.message}`);
      }
      const files = tree.files.filter(f => f.path.endsWith('.py'));
      const changed: string[] = [];
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
          changed.push(file.path);
          if (!ctx.isDryRun) {
            await writeFile(join(dir, file.path), formatted, 'utf8');
          }
        }
      }
      const summary = `${changed.length} of ${files.length} Python files${
        changed.length ? ` (${changed.join(', ')})` : ''
      }`;
      ctx.logger.info(
        ctx.isDryRun
          ? `Dry-run: would format ${summary} with ruff; wrote nothing`
          : `Formatted ${summary} with ruff`,
      );
    },
  });
}
