import { IMPORT_LINTER_CONFIG_FILES } from '../contracts';

const READ_NAMES =
  /\.(py|ya?ml|toml|cfg|ini|lock|txt|env|sh|json)$|^(Dockerfile|Containerfile)(\..+)?$|\.Dockerfile$|^\.env|^(GNUmakefile|[Mm]akefile)$/;

/**
 * Whether a file is one the functions look at: Python sources,
 * configuration, manifests, Dockerfiles, Makefiles, scripts and dependency
 * files. The rest (data, translations, images) is never read.
 */
export function isReadByFunctions(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return (
    READ_NAMES.test(name) ||
    (IMPORT_LINTER_CONFIG_FILES as readonly string[]).includes(path)
  );
}
