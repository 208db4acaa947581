/** One route an Express app answers: a method and a path pattern. */
export type WalkedRoute = { method: string; path: string };

type Layer = {
  route?: { path: unknown; methods: Record<string, boolean> };
  handle?: { stack?: Layer[]; _router?: { stack: Layer[] } };
  regexp?: RegExp & { fast_slash?: boolean };
};

// Express 4 keeps a mount path only as the RegExp it compiled, e.g.
// /^\/api\/catalog(?:\/([^/]+?))\/?(?=\/|$)/i; turn it back into
// '/api/catalog/:param'. Returns undefined for anything else.
function mountPath(layer: Layer): string | undefined {
  if (!layer.regexp || layer.regexp.fast_slash) return '';
  const path = layer.regexp.source
    .replace(/^\^/, '')
    .replace(/\\\/\?\(\?=\\\/\|\$\)$/, '')
    .replace(/\(\?:\\\/\(\[\^\/\]\+\?\)\)/g, '/:param')
    .replace(/\\\//g, '/')
    .replace(/\\\./g, '.');
  return /^[\w/.:-]*$/.test(path) ? path : undefined;
}

/**
 * Lists every route reachable through an Express app's router stack,
 * descending into mounted routers and sub-apps. A middleware mounted at a
 * path of its own counts as a GET route there. Mounts whose path is a
 * pattern rather than a literal are reported in `unresolved`.
 */
export function walkRoutes(stack: Layer[], prefix = '') {
  const routes: WalkedRoute[] = [];
  const unresolved: string[] = [];
  for (const layer of stack) {
    if (layer.route) {
      for (const path of [layer.route.path].flat()) {
        if (typeof path !== 'string') {
          unresolved.push(`${prefix} ${String(path)}`);
          continue;
        }
        const methods = Object.keys(layer.route.methods).map(m =>
          m === '_all' ? 'GET' : m.toUpperCase(),
        );
        for (const method of new Set(methods)) {
          routes.push({ method, path: prefix + path });
        }
      }
      continue;
    }
    const mount = mountPath(layer);
    if (mount === undefined) {
      unresolved.push(`${prefix} ${layer.regexp}`);
      continue;
    }
    const inner = layer.handle?.stack ?? layer.handle?._router?.stack;
    if (inner) {
      const walked = walkRoutes(inner, prefix + mount);
      routes.push(...walked.routes);
      unresolved.push(...walked.unresolved);
    } else if (mount !== '') {
      routes.push({ method: 'GET', path: prefix + mount });
    }
  }
  return { routes, unresolved };
}
