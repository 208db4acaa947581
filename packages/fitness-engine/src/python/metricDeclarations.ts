import {
  DEFAULT_BUCKETS,
  fullName,
  MetricDeclaration,
  MetricType,
} from '../prometheus/exposedSeries';
import { PythonTokenizer } from './tokenizer';
import { Token, TokenKind } from './tokens';

type Tok = {
  kind: TokenKind;
  text: string;
  line: number;
  depth: number;
  indent: number;
  /** The first token of a logical line. */
  first: boolean;
};

/** A Python literal's value; undefined for anything that is not a literal. */
type Value = string | number | Value[] | undefined;

const TYPES = new Set<string>(['Counter', 'Gauge', 'Histogram', 'Summary']);
const CLOSING = new Set([')', ']', '}']);
/** How deeply nested a literal is read; deeper ones are not literals the functions need. */
const MAX_NESTING = 16;

function tokenList(source: string): Tok[] {
  const t = new PythonTokenizer(source);
  const list: Tok[] = [];
  let first = true;
  for (let kind = t.next(); kind !== Token.End; kind = t.next()) {
    list.push({
      kind,
      text: t.text(),
      line: t.line,
      depth: t.depth,
      indent: t.indent,
      first,
    });
    first = kind === Token.Newline;
  }
  return list;
}

/** A string literal's value; undefined for bytes and f-strings. */
function stringValue(token: string): string | undefined {
  const prefix = /^[A-Za-z]*/.exec(token)![0].toLowerCase();
  if (prefix.includes('b') || prefix.includes('f') || prefix.includes('t')) {
    return undefined;
  }
  const body = token.slice(prefix.length);
  const quote = body.startsWith('"""') || body.startsWith("'''") ? 3 : 1;
  const text = body.slice(quote, body.length - quote);
  if (prefix.includes('r')) return text;
  const escapes: Record<string, string> = {
    n: '\n',
    t: '\t',
    r: '\r',
    '\n': '',
  };
  return text.replace(
    /\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|.|\n)/g,
    (_, e: string) =>
      e.length > 1
        ? String.fromCharCode(parseInt(e.slice(1), 16))
        : escapes[e] ?? e,
  );
}

function numberValue(text: string): number | undefined {
  const clean = text.replace(/_/g, '').toLowerCase();
  if (/j$/.test(clean)) return undefined;
  if (/^0[box]/.test(clean)) {
    return parseInt(clean.slice(2), { b: 2, o: 8, x: 16 }[clean[1]]);
  }
  const value = Number(clean);
  return Number.isNaN(value) ? undefined : value;
}

/** `float("inf")`'s argument as Python reads it. */
function floatOf(text: string): number | undefined {
  const clean = text.trim().toLowerCase();
  if (/^[+-]?inf(inity)?$/.test(clean)) {
    return clean.startsWith('-') ? -Infinity : Infinity;
  }
  return numberValue(clean);
}

/**
 * Reads the literal values of a module: its tokens, and the module-level
 * names bound to a literal (`BUCKETS = (0.1, 0.5)`), which later
 * expressions may name.
 */
class LiteralReader {
  readonly bindings = new Map<string, Value>();

  constructor(private readonly tokens: Tok[]) {}

  /** Whether token `i` ends an expression that started at bracket depth `depth`. */
  private ends(i: number, depth: number): boolean {
    const token = this.tokens[i];
    if (!token || token.kind === Token.Newline) return true;
    return (
      token.kind === Token.Op &&
      ((token.text === ',' && token.depth === depth) ||
        (CLOSING.has(token.text) && token.depth < depth) ||
        (token.text === '=' && token.depth === depth))
    );
  }

  /** The value of the expression at `i`, and the index of the token that ends it. */
  read(i: number, depth: number, nesting = 0): { value: Value; next: number } {
    const { value, next } =
      nesting < MAX_NESTING
        ? this.primary(i, nesting)
        : { value: undefined, next: undefined };
    if (next !== undefined && this.ends(next, depth)) return { value, next };
    let j = next ?? i;
    while (!this.ends(j, depth)) j++;
    return { value: undefined, next: j };
  }

  /** A literal starting at `i`; `next` undefined when it is not one. */
  private primary(i: number, nesting: number): { value: Value; next?: number } {
    const tokens = this.tokens;
    const token = tokens[i];
    if (!token) return { value: undefined };
    if (token.kind === Token.String) {
      let text: string | undefined = '';
      let j = i;
      for (; tokens[j]?.kind === Token.String; j++) {
        const part = stringValue(tokens[j].text);
        text =
          text === undefined || part === undefined ? undefined : text + part;
      }
      return { value: text, next: j };
    }
    if (token.kind === Token.Number) {
      return { value: numberValue(token.text), next: i + 1 };
    }
    if (token.kind === Token.Op && (token.text === '-' || token.text === '+')) {
      const operand = tokens[i + 1];
      const value =
        operand?.kind === Token.Number ? numberValue(operand.text) : undefined;
      if (value === undefined) return { value: undefined };
      return { value: token.text === '-' ? -value : value, next: i + 2 };
    }
    if (token.kind === Token.Op && (token.text === '(' || token.text === '[')) {
      const inner = token.depth;
      const items: Value[] = [];
      let j = i + 1;
      let comma = false;
      while (
        tokens[j] &&
        !(
          tokens[j].kind === Token.Op &&
          CLOSING.has(tokens[j].text) &&
          tokens[j].depth < inner
        )
      ) {
        const item = this.read(j, inner, nesting + 1);
        items.push(item.value);
        j = item.next;
        if (tokens[j]?.text === ',' && tokens[j].depth === inner) {
          comma = true;
          j++;
        } else if (
          !(tokens[j]?.kind === Token.Op && CLOSING.has(tokens[j].text))
        ) {
          return { value: undefined };
        }
      }
      const value =
        token.text === '(' && items.length === 1 && !comma ? items[0] : items;
      return {
        value: items.includes(undefined) ? undefined : value,
        next: j + 1,
      };
    }
    if (token.kind === Token.Name) {
      if (
        token.text === 'float' &&
        tokens[i + 1]?.text === '(' &&
        tokens[i + 2]?.kind === Token.String &&
        tokens[i + 3]?.text === ')'
      ) {
        const text = stringValue(tokens[i + 2].text);
        return {
          value: text === undefined ? undefined : floatOf(text),
          next: i + 4,
        };
      }
      let j = i;
      const names = [token.text];
      while (
        tokens[j + 1]?.text === '.' &&
        tokens[j + 2]?.kind === Token.Name
      ) {
        names.push(tokens[j + 2].text);
        j += 2;
      }
      const last = names[names.length - 1];
      if (last === 'inf' || last === 'INF')
        return { value: Infinity, next: j + 1 };
      if (names.length === 1 && this.bindings.has(last)) {
        return { value: this.bindings.get(last), next: j + 1 };
      }
    }
    return { value: undefined };
  }
}

const strings = (value: Value): string[] | undefined =>
  Array.isArray(value) && value.every(v => typeof v === 'string')
    ? (value as string[])
    : undefined;

/**
 * The metrics a Python module declares with prometheus_client: calls of
 * `Counter`, `Gauge`, `Histogram` and `Summary` imported from
 * prometheus_client (under any alias) or through the module
 * (`prometheus_client.Counter(…)`). The name, namespace, subsystem, unit,
 * label names and buckets are read when they are literals, given by
 * position or keyword, or a module-level name bound to a literal.
 */
export function metricDeclarations(
  source: string,
  path: string,
): MetricDeclaration[] {
  const tokens = tokenList(source);
  const reader = new LiteralReader(tokens);
  const imported = new Map<string, MetricType>();
  const modules = new Set<string>();
  const declarations: MetricDeclaration[] = [];
  const name = (i: number) =>
    tokens[i]?.kind === Token.Name ? tokens[i].text : undefined;

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (
      token.first &&
      name(i) === 'from' &&
      name(i + 1) === 'prometheus_client'
    ) {
      let j = i + 2;
      while (
        tokens[j] &&
        name(j) !== 'import' &&
        tokens[j].kind !== Token.Newline
      )
        j++;
      for (j++; tokens[j] && tokens[j].kind !== Token.Newline; j++) {
        const importedName = name(j);
        if (!importedName || !TYPES.has(importedName)) continue;
        const alias = name(j + 1) === 'as' ? name(j + 2) : undefined;
        imported.set(alias ?? importedName, importedName as MetricType);
      }
    } else if (
      token.first &&
      name(i) === 'import' &&
      name(i + 1) === 'prometheus_client'
    ) {
      modules.add(
        name(i + 2) === 'as' ? name(i + 3) ?? '' : 'prometheus_client',
      );
    } else if (
      token.first &&
      token.indent === 0 &&
      token.kind === Token.Name &&
      (tokens[i + 1]?.text === '=' || tokens[i + 1]?.text === ':')
    ) {
      let j = i + 1;
      while (
        tokens[j] &&
        tokens[j].text !== '=' &&
        tokens[j].kind !== Token.Newline
      )
        j++;
      if (tokens[j]?.text === '=') {
        const { value, next } = reader.read(j + 1, 0);
        if (tokens[next]?.kind === Token.Newline || !tokens[next]) {
          reader.bindings.set(token.text, value);
        }
      }
    }
    if (token.kind !== Token.Name || tokens[i - 1]?.text === '.') continue;
    const throughModule =
      modules.has(token.text) &&
      tokens[i + 1]?.text === '.' &&
      TYPES.has(name(i + 2) ?? '') &&
      tokens[i + 3]?.text === '(';
    let type: MetricType | undefined;
    if (throughModule) type = name(i + 2) as MetricType;
    if (tokens[i + 1]?.text === '(') type = imported.get(token.text);
    if (type) {
      const open = throughModule ? i + 3 : i + 1;
      declarations.push({
        ...callArguments(reader, tokens, open, type),
        path,
        line: token.line,
      });
    }
  }
  return declarations;
}

/** A histogram's buckets argument: the default when not given, undefined when not a literal. */
function bucketsOf(buckets: Value | null): number[] | undefined {
  if (buckets === null) return DEFAULT_BUCKETS;
  return Array.isArray(buckets) && buckets.every(b => typeof b === 'number')
    ? (buckets as number[])
    : undefined;
}

/** The declaration that a metric's constructor call, opening at `open`, gives. */
function callArguments(
  reader: LiteralReader,
  tokens: Tok[],
  open: number,
  type: MetricType,
): Pick<MetricDeclaration, 'type' | 'name' | 'labels' | 'buckets'> {
  const depth = tokens[open].depth;
  const positional: Value[] = [];
  const keywords = new Map<string, Value>();
  let j = open + 1;
  while (
    tokens[j] &&
    !(CLOSING.has(tokens[j].text) && tokens[j].depth < depth)
  ) {
    const keyword =
      tokens[j].kind === Token.Name && tokens[j + 1]?.text === '='
        ? tokens[j].text
        : undefined;
    const { value, next } = reader.read(keyword ? j + 2 : j, depth);
    if (keyword) keywords.set(keyword, value);
    else positional.push(value);
    const boundary = tokens[next];
    if (
      boundary?.kind !== Token.Op ||
      !(boundary.text === ',' || CLOSING.has(boundary.text))
    ) {
      break;
    }
    j = boundary.text === ',' ? next + 1 : next;
  }
  /** An argument by keyword or position; null when it is not given. */
  const argument = (keyword: string, index: number): Value | null => {
    if (keywords.has(keyword)) return keywords.get(keyword);
    return index < positional.length ? positional[index] : null;
  };
  /** A string argument; '' when it is not given, undefined when not a literal. */
  const text = (keyword: string, index: number) => {
    const value = argument(keyword, index);
    if (value === null) return '';
    return typeof value === 'string' ? value : undefined;
  };
  const metric = text('name', 0);
  const [namespace, subsystem, unit] = [
    text('namespace', 3),
    text('subsystem', 4),
    text('unit', 5),
  ];
  const labels = argument('labelnames', 2);
  const buckets = argument('buckets', 8);
  return {
    type,
    name:
      metric &&
      namespace !== undefined &&
      subsystem !== undefined &&
      unit !== undefined
        ? fullName(type, metric, namespace, subsystem, unit)
        : undefined,
    labels: labels === null ? [] : strings(labels),
    buckets: type === 'Histogram' ? bucketsOf(buckets) : undefined,
  };
}
