import indefinite from 'indefinite';
import pluralize from 'pluralize';

const WORDS = /[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+/g;

/** snake_case of a PascalCase name: OrderLine → order_line, HTTPRoute → http_route. */
export function snakeCase(name: string): string {
  return (name.match(WORDS) ?? [name]).map(w => w.toLowerCase()).join('_');
}

/** The plural of a PascalCase name, by its last word: Category → Categories, OrderLine → OrderLines. */
export function pluralName(name: string): string {
  const words = name.match(WORDS) ?? [name];
  const last = words.pop()!;
  return words.join('') + pluralize.plural(last);
}

/** The name with its indefinite article, by sound: an Order, a User, an Hour. */
export function withArticle(name: string): string {
  return indefinite(name);
}
