import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh temporary folder holding `layout` (path → content). */
export function writeTree(layout: Record<string, string | Buffer>) {
  const root = mkdtempSync(join(tmpdir(), 'source-tree-'));
  for (const [path, content] of Object.entries(layout)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}
