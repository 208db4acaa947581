import { FitnessFunction } from './FitnessFunction';
import { fail, pass } from './outcome';

/** Libraries that log structured (JSON) records. */
const STRUCTURED_LOGGERS = [
  'structlog',
  'pythonjsonlogger',
  'json_log_formatter',
  'loguru',
];

/** The service logs structured records. */
export const structuredLoggingFunction: FitnessFunction = {
  id: 'structured-logging',
  title: 'Structured logging',
  category: 'operability',
  level: 'silver',
  weight: 1,
  docsPath: 'docs/fitness/structured-logging.md',
  appliesTo: ({ graph }) => graph.modules.size > 0,
  async evaluate({ graph }) {
    for (const { importer, imported, sites } of graph.edges()) {
      const top = imported.split('.')[0];
      if (graph.isInternal(importer) && STRUCTURED_LOGGERS.includes(top)) {
        const site = sites[0];
        return pass(`Logs through ${top}.`, [
          {
            path: site.path,
            line: site.line,
            message: `${importer} imports ${imported}`,
          },
        ]);
      }
    }
    return fail(
      `No structured logging library is imported (${STRUCTURED_LOGGERS.join(
        ', ',
      )}).`,
    );
  },
};
