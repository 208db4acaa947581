import { PositionEncoding, Workspace } from '@astral-sh/ruff-wasm-nodejs';
import { parse } from 'smol-toml';
import { Check } from '../HarnessFailure';

type RuffDiagnostic = {
  code: string | null;
  message: string;
  start_location: { row: number; column: number };
};

/** ruff, with the rules of the service's own pyproject.toml, on every Python file. */
export const ruff: Check = async service => {
  const pyproject = parse(await service.read('pyproject.toml')) as {
    tool?: { ruff?: Record<string, unknown> };
  };
  const { src: _src, ...settings } = pyproject.tool?.ruff ?? {};
  const workspace = new Workspace(settings, PositionEncoding.Utf16);
  try {
    const failures = [];
    for (const file of service.files.filter(f => f.endsWith('.py'))) {
      const diagnostics: RuffDiagnostic[] = workspace.check(
        await service.read(file),
      );
      for (const d of diagnostics) {
        failures.push({
          check: 'ruff',
          file,
          line: d.start_location.row,
          message: `${d.code ?? 'syntax'} ${d.message}`,
        });
      }
    }
    return failures;
  } finally {
    workspace.free();
  }
};
