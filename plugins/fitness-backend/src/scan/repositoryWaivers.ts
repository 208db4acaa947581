import type { SourceTree } from '@internal/source-tree';
import { parse } from 'yaml';
import { z } from 'zod';
import type { ProposedWaiver } from '../database/FitnessStore';

/** The repository file in which a team proposes waivers. */
export const FITNESS_FILE = 'fitness.yaml';

const fitnessFile = z
  .object({
    waivers: z
      .array(
        z
          .object({
            function: z.string().regex(/^[a-z0-9-]{1,100}$/),
            reason: z.string().min(1).max(2000),
            adr: z.string().min(1).max(400),
            expires: z.iso.date(),
          })
          .strict(),
      )
      .max(100)
      .default([]),
  })
  .strict();

/**
 * The waivers a repository's fitness.yaml proposes. A file that does not
 * follow the schema proposes nothing and gives a warning naming the field.
 */
export async function repositoryWaivers(
  tree: SourceTree,
): Promise<{ proposals: ProposedWaiver[]; warning?: string }> {
  if (!tree.files.some(f => f.path === FITNESS_FILE)) return { proposals: [] };
  let document: unknown;
  try {
    document = parse(await tree.readText(FITNESS_FILE), { maxAliasCount: 50 });
  } catch (error) {
    return {
      proposals: [],
      warning: `${FITNESS_FILE} is not valid YAML: ${
        (error as Error).message.split('\n')[0]
      }`,
    };
  }
  const result = fitnessFile.safeParse(document ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    return {
      proposals: [],
      warning: `${FITNESS_FILE}: ${issue.path.join('.') || '(root)'}: ${
        issue.message
      }; its waivers were ignored`,
    };
  }
  return {
    proposals: result.data.waivers.map(w => ({
      functionId: w.function,
      reason: w.reason,
      adrRef: w.adr,
      expiresAt: new Date(`${w.expires}T23:59:59Z`).toISOString(),
    })),
  };
}
