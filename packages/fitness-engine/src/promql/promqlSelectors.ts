/** A label matcher of a selector: `code!~"5.."`. */
export interface LabelMatcher {
  label: string;
  op: '=' | '!=' | '=~' | '!~';
  value: string;
}

/** A series selector: `http_requests_total{job="shop"}`. */
export interface Selector {
  /** The metric name; undefined when only a regex on `__name__` selects. */
  metric?: string;
  matchers: LabelMatcher[];
}

type Token = { kind: 'name' | 'string' | 'number' | 'op'; text: string };

/** Keywords followed by a list of label names in parentheses. */
const GROUPING = new Set([
  'by',
  'without',
  'on',
  'ignoring',
  'group_left',
  'group_right',
]);
/** Keywords that follow an aggregation's name: `sum by (le) (…)`. */
const AGGREGATION_CLAUSE = new Set(['by', 'without']);
const KEYWORDS = new Set(['and', 'or', 'unless', 'bool', 'offset', 'atan2']);
const NUMBERS = new Set(['inf', 'nan']);
const MATCH_OPS = new Set(['=', '!=', '=~', '!~']);

const NAME = /[A-Za-z_:][A-Za-z0-9_:]*/y;
const NUMBER =
  /(?:0[xX][0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)(?:(?:ms|[smhdwy])(?:\d+(?:ms|[smhdwy]))*)?/y;
const OPERATOR = /=~|!~|!=|==|<=|>=|[-+*/%^=<>{}()[\],@:]/y;

function tokens(query: string): Token[] {
  const found: Token[] = [];
  let i = 0;
  const at = (pattern: RegExp) => {
    pattern.lastIndex = i;
    const match = pattern.exec(query);
    return match?.[0];
  };
  while (i < query.length) {
    const c = query[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '#') {
      while (i < query.length && query[i] !== '\n') i++;
    } else if (c === '"' || c === "'" || c === '`') {
      let text = '';
      let j = i + 1;
      for (; j < query.length && query[j] !== c; j++) {
        if (query[j] === '\\' && c !== '`') j++;
        text += query[j] ?? '';
      }
      found.push({ kind: 'string', text });
      i = j + 1;
    } else {
      const number = /[\d.]/.test(c) ? at(NUMBER) : undefined;
      const name = number ? undefined : at(NAME);
      let token: Token = { kind: 'op', text: at(OPERATOR) ?? c };
      if (number) token = { kind: 'number', text: number };
      if (name) token = { kind: 'name', text: name };
      found.push(token);
      i += token.text.length;
    }
  }
  return found;
}

/**
 * The series selectors of a PromQL expression, read with a tokenizer:
 * strings, numbers and durations, range and subquery brackets, function
 * and aggregation names (a name before `(`, `by` or `without`), keywords and the label lists
 * of `by`, `without`, `on`, `ignoring` and `group_left/right` are not
 * metrics. `{__name__="x"}` and Prometheus 3's `{"x"}` select metric x.
 */
export function promqlSelectors(query: string): Selector[] {
  const list = tokens(query);
  const selectors: Selector[] = [];
  const skipBalanced = (i: number, open: string, close: string): number => {
    let depth = 0;
    for (let j = i; j < list.length; j++) {
      if (list[j].kind === 'op' && list[j].text === open) depth++;
      if (list[j].kind === 'op' && list[j].text === close && --depth === 0) {
        return j + 1;
      }
    }
    return list.length;
  };
  const readMatchers = (i: number, selector: Selector): number => {
    let j = i + 1;
    while (j < list.length && list[j].text !== '}') {
      const label = list[j];
      const op = list[j + 1];
      if (
        op &&
        op.kind === 'op' &&
        MATCH_OPS.has(op.text) &&
        list[j + 2]?.kind === 'string'
      ) {
        selector.matchers.push({
          label: label.text,
          op: op.text as LabelMatcher['op'],
          value: list[j + 2].text,
        });
        j += 3;
      } else {
        if (label.kind === 'string') selector.metric = label.text;
        j++;
      }
      if (list[j]?.text === ',') j++;
    }
    const name = selector.matchers.find(
      m => m.label === '__name__' && m.op === '=',
    );
    if (name && !selector.metric) selector.metric = name.value;
    selector.matchers = selector.matchers.filter(m => m.label !== '__name__');
    return j + 1;
  };
  let i = 0;
  while (i < list.length) {
    const token = list[i];
    const next = list[i + 1];
    if (token.kind === 'op' && token.text === '[') {
      i = skipBalanced(i, '[', ']');
    } else if (token.kind === 'op' && token.text === '{') {
      const selector: Selector = { matchers: [] };
      i = readMatchers(i, selector);
      selectors.push(selector);
    } else if (
      token.kind === 'name' &&
      GROUPING.has(token.text.toLowerCase())
    ) {
      i = next?.text === '(' ? skipBalanced(i + 1, '(', ')') : i + 1;
    } else if (
      token.kind === 'name' &&
      (KEYWORDS.has(token.text.toLowerCase()) ||
        NUMBERS.has(token.text.toLowerCase()) ||
        next?.text === '(' ||
        AGGREGATION_CLAUSE.has(next?.text.toLowerCase() ?? ''))
    ) {
      i++;
    } else if (token.kind === 'name') {
      const selector: Selector = { metric: token.text, matchers: [] };
      i = next?.text === '{' ? readMatchers(i + 1, selector) : i + 1;
      selectors.push(selector);
    } else {
      i++;
    }
  }
  return selectors;
}
