/** One thing a generated service got wrong, found by one check. */
export interface HarnessFailure {
  check: string;
  file?: string;
  line?: number;
  message: string;
}

/** What a check sees: the generated service's folder and its text files. */
export interface GeneratedService {
  dir: string;
  /** Paths relative to `dir`, with forward slashes, sorted. */
  files: string[];
  read(path: string): Promise<string>;
}

export type Check = (service: GeneratedService) => Promise<HarnessFailure[]>;

/** One line per failure, each naming the case (template and parameters) and the file. */
export function formatFailures(label: string, failures: HarnessFailure[]) {
  return failures
    .map(f => {
      const where = f.file ? ` ${f.file}${f.line ? `:${f.line}` : ''}:` : '';
      return `${label}: [${f.check}]${where} ${f.message}`;
    })
    .join('\n');
}
