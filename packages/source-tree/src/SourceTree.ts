/** One readable text file of a source tree. */
export type SourceFile = {
  /** Relative to the tree's root, with forward slashes, never `..`. */
  path: string;
  size: number;
};

/** Why a file or folder was left out of a tree. */
export type SourceTreeWarning = {
  path: string;
  reason:
    | 'symlink-outside-root'
    | 'symlink-loop'
    | 'binary'
    | 'not-utf8'
    | 'invalid-name'
    | 'too-large'
    | 'file-limit'
    | 'total-size-limit'
    | 'unreadable';
  message: string;
};

/**
 * A service's files as the portal may read them: text files only, within
 * limits, never outside the root. Every reader of a service's files (fitness,
 * ADRs, docs) goes through one of these.
 */
export interface SourceTree {
  /** The text files, sorted by path. */
  readonly files: readonly SourceFile[];
  /** What was left out, and why. */
  readonly warnings: readonly SourceTreeWarning[];
  /** A hash of every path and content: equal hashes mean equal trees. */
  readonly contentHash: string;
  /** Reads one of `files` as UTF-8 text. */
  readText(path: string): Promise<string>;
}

/** Bounds on what a reader takes in, so that one hostile tree cannot exhaust the portal. */
export type SourceTreeLimits = {
  maxFiles: number;
  maxFileBytes: number;
  maxTotalBytes: number;
};

export const DEFAULT_SOURCE_TREE_LIMITS: SourceTreeLimits = {
  maxFiles: 200_000,
  maxFileBytes: 1_000_000,
  maxTotalBytes: 500_000_000,
};

/** What reading a file found: text with its size and hash, or why it is left out. */
export type FileInspection =
  | { kind: 'text'; size: number; hash: string }
  | { kind: 'skip'; reason: SourceTreeWarning['reason']; message: string };

/**
 * Remembers what files held by path, size and modification time, so that a
 * reader can skip reading a file that did not change (as git's index does).
 * A file rewritten within the clock's resolution with the same size is taken
 * as unchanged; use it where that is acceptable, such as a CLI's local
 * cache, never for trees from other people.
 */
export interface InspectionCache {
  get(path: string, size: number, mtimeMs: number): FileInspection | undefined;
  set(
    path: string,
    size: number,
    mtimeMs: number,
    inspection: FileInspection,
  ): void;
}
