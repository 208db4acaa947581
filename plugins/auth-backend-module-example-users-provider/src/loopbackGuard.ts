import { isIP } from 'node:net';
import { RootConfigService } from '@backstage/backend-plugin-api';
import { readHttpServerOptions } from '@backstage/backend-defaults/rootHttpRouter';
import { NotAllowedError } from '@backstage/errors';
import type { Request } from 'express';

const SETTINGS = 'See docs/security.md ("The embedded default\'s sign-in").';

function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (bare === 'localhost') return true;
  if (isIP(bare) === 4) return bare.startsWith('127.');
  return bare === '::1' || bare === '::ffff:127.0.0.1';
}

/**
 * Throws when the example-users sign-in would let someone other than the
 * person at this machine pick a user: a backend that listens beyond the
 * loopback interface, or any production setting.
 */
export function assertLoopbackOnly(config: RootConfigService): void {
  const problems: string[] = [];
  const { host } = readHttpServerOptions(config.getConfig('backend')).listen;
  if (!isLoopback(host)) {
    problems.push(
      `the backend listens on ${
        host ? `"${host}"` : 'every interface (backend.listen sets no host)'
      }, not on a loopback address; set backend.listen.host: 127.0.0.1`,
    );
  }
  if (config.getOptionalString('auth.environment') === 'production') {
    problems.push('auth.environment is production');
  }
  if (process.env.NODE_ENV === 'production') {
    problems.push('NODE_ENV=production');
  }
  if (problems.length > 0) {
    throw new Error(
      `The example-users sign-in lets anyone who reaches the portal act as any user, so it refuses to start: ${problems.join(
        '; ',
      )}. Switch it off (auth.providers.example-users.enabled: false) and configure a real sign-in provider. ${SETTINGS}`,
    );
  }
}

function hostOf(protocol: string, hostHeader: string): string | undefined {
  try {
    return new URL(`${protocol}://${hostHeader}`).host;
  } catch {
    return undefined;
  }
}

/**
 * The hosts and origins a request to the example-users routes may name:
 * the backend's own host, and the configured frontend origins. A page on
 * another site, or a DNS name rebound to 127.0.0.1, names neither.
 */
export function requestGuard(config: RootConfigService) {
  const host = new URL(config.getString('backend.baseUrl')).host;
  const origins = new Set(
    [config.getOptional('backend.cors.origin') ?? []]
      .flat()
      .filter((o): o is string => typeof o === 'string'),
  );
  return (req: Request): void => {
    const requested = req.get('host');
    if (!requested || hostOf(req.protocol, requested) !== host) {
      throw new NotAllowedError(
        `The example-users sign-in answers only requests to ${host}, not to ${
          requested ?? 'a request without a Host header'
        }. ${SETTINGS}`,
      );
    }
    const origin = req.get('origin');
    if (origin !== undefined && !origins.has(origin)) {
      throw new NotAllowedError(
        `The example-users sign-in answers only pages of ${[...origins].join(
          ', ',
        )}, not of ${origin}. ${SETTINGS}`,
      );
    }
  };
}
