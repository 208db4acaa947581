import {
  markdownText,
  pluralName,
  quotedString,
  snakeCase,
  withArticle,
} from '@internal/plugin-golden-path-common';
import type {
  TemplateFilter,
  TemplateGlobal,
} from '@backstage/plugin-scaffolder-node';

/**
 * Globals our templates may call: `${{ today() }}` is the day a task runs
 * (YYYY-MM-DD, UTC), the date of the ADRs a golden path writes.
 */
export const goldenPathTemplateGlobals: Record<string, TemplateGlobal> = {
  today: () => new Date().toISOString().slice(0, 10),
};

const text = (value: unknown) => String(value ?? '');

/**
 * Filters our templates use to name code after an aggregate
 * (`${{ 'OrderLine' | snake }}` is order_line, `| plural` OrderLines,
 * `| withArticle` "an OrderLine"), and to write free text into a file:
 * `| quoted` in JSON, YAML, TOML and Python, `| markdown` in Markdown.
 */
export const goldenPathTemplateFilters: Record<string, TemplateFilter> = {
  snake: value => snakeCase(text(value)),
  plural: value => pluralName(text(value)),
  withArticle: value => withArticle(text(value)),
  quoted: value => quotedString(text(value)),
  markdown: value => markdownText(text(value)),
};
