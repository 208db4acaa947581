import {
  ResultHighlight,
  SearchDocument,
} from '@backstage/plugin-search-common';
import { AdrStatus } from '@internal/plugin-adr-common';
import { AdrStatusChip } from '@internal/plugin-adr-react';
import { SearchResultListItem } from '@internal/portal-react';

type AdrResult = SearchDocument & {
  status?: AdrStatus;
  entityRef?: string;
  date?: string;
};

/** A decision in the search results: title, status, component and a snippet. */
export function AdrSearchResultItem(props: {
  result?: SearchDocument;
  highlight?: ResultHighlight;
}) {
  const result = props.result as AdrResult | undefined;
  if (!result) return null;
  return (
    <SearchResultListItem
      result={result}
      highlight={props.highlight}
      badge={result.status && <AdrStatusChip status={result.status} />}
      context={`Decision of ${result.entityRef}${
        result.date ? ` · ${result.date}` : ''
      }`}
    />
  );
}
