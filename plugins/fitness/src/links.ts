import { Entity, parseEntityRef } from '@backstage/catalog-model';

export const DEFAULT_DOCS_ENTITY = 'component:default/golden-path-portal';

/** `docs/fitness/layer-contracts.md` → the page in the docs entity's TechDocs. */
export function functionDocsHref(docsPath: string, docsEntity: string): string {
  const ref = parseEntityRef(docsEntity);
  const page = docsPath
    .replace(/^docs\//, '')
    .replace(/(^|\/)index\.md$/, '$1')
    .replace(/\.md$/, '/');
  return `/docs/${ref.namespace}/${ref.kind.toLocaleLowerCase('en-US')}/${
    ref.name
  }/${page}`;
}

const HOSTS_WITH_LINE_LINKS = /^https:\/\/(github\.com|gitlab\.com)\//;

/**
 * A link to `path` at `line` in the entity's repository, where the host
 * supports it (GitHub and GitLab source locations); undefined otherwise,
 * e.g. for the embedded default's local repositories.
 */
export function sourceHref(
  entity: Entity,
  path: string,
  line?: number,
): string | undefined {
  const location =
    entity.metadata.annotations?.['backstage.io/source-location'] ?? '';
  const url = location.replace(/^url:/, '');
  if (!HOSTS_WITH_LINE_LINKS.test(url)) return undefined;
  const base = url.endsWith('/') ? url : `${url}/`;
  const target = new URL(
    path.split('/').map(encodeURIComponent).join('/'),
    base,
  );
  return line ? `${target}#L${line}` : target.toString();
}
