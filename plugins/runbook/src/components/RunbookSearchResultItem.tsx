import {
  ResultHighlight,
  SearchDocument,
} from '@backstage/plugin-search-common';
import { SearchResultListItem } from '@internal/portal-react';

/** A runbook section in the search results, linked to its anchor. */
export function RunbookSearchResultItem(props: {
  result?: SearchDocument;
  highlight?: ResultHighlight;
}) {
  if (!props.result) return null;
  return (
    <SearchResultListItem result={props.result} highlight={props.highlight} />
  );
}
