import type { TemplateGlobal } from '@backstage/plugin-scaffolder-node';

/**
 * Globals our templates may call: `${{ today() }}` is the day a task runs
 * (YYYY-MM-DD, UTC), the date of the ADRs a golden path writes.
 */
export const goldenPathTemplateGlobals: Record<string, TemplateGlobal> = {
  today: () => new Date().toISOString().slice(0, 10),
};
