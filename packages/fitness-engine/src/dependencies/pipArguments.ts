/** Options of `pip install` and `uv pip install` that take a value. */
const VALUE_OPTIONS = new Set([
  '-r',
  '--requirement',
  '-c',
  '--constraint',
  '-e',
  '--editable',
  '-t',
  '--target',
  '--prefix',
  '--root',
  '-i',
  '--index-url',
  '--extra-index-url',
  '--index',
  '--default-index',
  '-f',
  '--find-links',
  '--python-version',
  '--platform',
  '--implementation',
  '--abi',
  '--src',
  '--upgrade-strategy',
  '-C',
  '--config-settings',
  '--global-option',
  '--no-binary',
  '--only-binary',
  '--progress-bar',
  '--log',
  '--cache-dir',
  '--trusted-host',
  '--proxy',
  '--retries',
  '--timeout',
  '--exists-action',
  '--cert',
  '--client-cert',
  '--report',
  '--python',
  '-p',
  '--group',
  '--extra',
  '--override',
]);

/** Short options whose value may follow without a space (`-rrequirements.txt`). */
const ATTACHED = new Set(['-r', '-c', '-e', '-t', '-i', '-f', '-p']);

/** A pip command line's requirements and options, long names for short ones left as written. */
export interface PipArguments {
  /** The requirements and paths to install (`.`, `fastapi==1.0`), and the `-e` targets. */
  targets: string[];
  /** Each option's values (`-r` → its files); a flag has an empty list. */
  options: Map<string, string[]>;
}

/** The arguments of `pip install …` / `uv pip sync …`, after the subcommand. */
export function pipArguments(args: readonly string[]): PipArguments {
  const targets: string[] = [];
  const options = new Map<string, string[]>();
  const add = (name: string, value?: string) => {
    const values = options.get(name) ?? [];
    if (value !== undefined) values.push(value);
    options.set(name, values);
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('-') || arg === '-') {
      targets.push(arg);
    } else if (arg.startsWith('--') && arg.includes('=')) {
      add(arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1));
    } else if (arg.length > 2 && ATTACHED.has(arg.slice(0, 2))) {
      add(arg.slice(0, 2), arg.slice(2));
    } else if (VALUE_OPTIONS.has(arg)) {
      add(arg, args[++i]);
    } else {
      add(arg);
    }
  }
  for (const editable of [
    ...(options.get('-e') ?? []),
    ...(options.get('--editable') ?? []),
  ]) {
    targets.push(editable);
  }
  return { targets, options };
}

/** The values of an option given by any of its names. */
export function optionValues(
  parsed: PipArguments,
  ...names: string[]
): string[] {
  return names.flatMap(name => parsed.options.get(name) ?? []);
}

/** Whether a pip target is a local path or wheel (the project), not a requirement. */
export const isLocalTarget = (target: string) =>
  /^(\.{1,2}(\/|\[|$)|\/|~|file:)|\.whl$/.test(target);
