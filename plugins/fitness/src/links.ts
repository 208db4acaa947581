import { Entity } from '@backstage/catalog-model';

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
