import { Config, readDurationFromConfig } from '@backstage/config';
import { durationToMilliseconds } from '@backstage/types';
import { PrometheusClient } from './PrometheusClient';

export type DataSourceLookup =
  | { client: PrometheusClient }
  | {
      problem: 'invalid-name' | 'not-configured' | 'no-url';
      message: string;
    };

// One key of app-config, as @backstage/config reads it: a name with a dot
// would reach into another data source's settings.
const CONFIG_KEY = /^[a-z][a-z0-9]*(?:[-_:][a-z0-9]+)*$/i;

/** The Prometheus servers configured under slo.dataSources, by name. */
export class DataSources {
  private constructor(private readonly config: Config | undefined) {}

  static fromConfig(config: Config): DataSources {
    return new DataSources(config.getOptionalConfig('slo.dataSources'));
  }

  lookup(name: string): DataSourceLookup {
    if (!CONFIG_KEY.test(name)) {
      return {
        problem: 'invalid-name',
        message: `data source '${name}' cannot be named in app-config: a name starts with a letter and holds letters, digits, '-', '_' and ':'`,
      };
    }
    // Only a configured key: `constructor` and the like are no data source.
    const source = this.config?.keys().includes(name)
      ? this.config.getOptionalConfig(name)
      : undefined;
    if (!source) {
      return {
        problem: 'not-configured',
        message: `data source '${name}' is not configured in app-config (slo.dataSources)`,
      };
    }
    const url = source.getOptionalString('url');
    if (!url) {
      return {
        problem: 'no-url',
        message: `data source '${name}' has no URL; only the definitions are shown`,
      };
    }
    return {
      client: new PrometheusClient({
        url,
        bearerToken: source.getOptionalString('bearerToken'),
        timeoutMs: source.has('timeout')
          ? durationToMilliseconds(
              readDurationFromConfig(source, { key: 'timeout' }),
            )
          : 10_000,
      }),
    };
  }
}
