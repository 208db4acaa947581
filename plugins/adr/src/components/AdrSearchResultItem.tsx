import { Link } from '@backstage/core-components';
import { HighlightedSearchResultText } from '@backstage/plugin-search-react';
import {
  ResultHighlight,
  SearchDocument,
} from '@backstage/plugin-search-common';
import { AdrStatus } from '@internal/plugin-adr-common';
import Box from '@mui/material/Box';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';
import { AdrStatusChip } from '@internal/plugin-adr-react';

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
    <ListItem alignItems="flex-start" divider>
      <Box width="100%">
        <Box display="flex" alignItems="center" gap={1}>
          <Link to={result.location}>
            <Typography variant="h6" component="span">
              {field('title', result.title)}
            </Typography>
          </Link>
          {result.status && <AdrStatusChip status={result.status} />}
        </Box>
        <Typography variant="body2" color="text.secondary">
          Decision of {result.entityRef}
          {result.date ? ` · ${result.date}` : ''}
        </Typography>
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          {field('text', result.text.slice(0, 300))}
        </Typography>
      </Box>
    </ListItem>
  );
}
