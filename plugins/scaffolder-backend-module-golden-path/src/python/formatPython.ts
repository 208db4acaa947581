import { PositionEncoding, Workspace } from '@astral-sh/ruff-wasm-nodejs';

type Position = { row: number; column: number };
type Edit = {
  content: string | null;
  location: Position;
  end_location: Position;
};
type Diagnostic = { code: string | null; fix: { edits: Edit[] } | null };

function offsetOf(lineStarts: number[], { row, column }: Position) {
  return lineStarts[row - 1] + column - 1;
}

function applyEdits(source: string, edits: Edit[]) {
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '\n') lineStarts.push(i + 1);
  }
  lineStarts.push(source.length);
  let result = source;
  const ordered = [...edits].sort(
    (a, b) =>
      offsetOf(lineStarts, b.location) - offsetOf(lineStarts, a.location),
  );
  for (const edit of ordered) {
    result =
      result.slice(0, offsetOf(lineStarts, edit.location)) +
      (edit.content ?? '') +
      result.slice(offsetOf(lineStarts, edit.end_location));
  }
  return result;
}

/**
 * What `ruff check --select I --fix` then `ruff format` make of a Python
 * file, with the project's ruff settings. Generated code is only formatted
 * correctly for every name a user may pick once it has been through this:
 * the names decide the import order and the line lengths.
 */
export function formatPython(
  source: string,
  settings: Record<string, unknown>,
): string {
  const workspace = new Workspace(
    { ...settings, lint: { ...(settings.lint as object), select: ['I'] } },
    PositionEncoding.Utf16,
  );
  try {
    const diagnostics: Diagnostic[] = workspace.check(source);
    const edits = diagnostics.flatMap(d =>
      d.code === 'I001' && d.fix ? d.fix.edits : [],
    );
    return workspace.format(edits.length ? applyEdits(source, edits) : source);
  } finally {
    workspace.free();
  }
}
