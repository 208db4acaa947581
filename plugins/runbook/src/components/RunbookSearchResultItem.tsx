import { Link } from '@backstage/core-components';
import { HighlightedSearchResultText } from '@backstage/plugin-search-react';
import {
  ResultHighlight,
  SearchDocument,
} from '@backstage/plugin-search-common';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';

type RunbookResult = SearchDocument & { entityRef?: string };

/** A runbook section in the search results, linked to its anchor. */
export function RunbookSearchResultItem(props: {
  result?: SearchDocument;
  highlight?: ResultHighlight;
}) {
  const result = props.result as RunbookResult | undefined;
  if (!result) return null;
  const { highlight } = props;
  const field = (name: 'title' | 'text', fallback: string) =>
    highlight?.fields[name] ? (
      <HighlightedSearchResultText
        text={highlight.fields[name]}
        preTag={highlight.preTag}
        postTag={highlight.postTag}
      />
    ) : (
      fallback
    );
  return (
    <ListItem alignItems="flex-start" divider sx={{ display: 'block' }}>
      <Link to={result.location}>
        <Typography variant="h6" component="span">
          {field('title', result.title)}
        </Typography>
      </Link>
      <Typography variant="body2" sx={{ mt: 0.5 }}>
        {field('text', result.text.slice(0, 300))}
      </Typography>
    </ListItem>
  );
}
