import { Link } from '@backstage/core-components';
import {
  ResultHighlight,
  SearchDocument,
} from '@backstage/plugin-search-common';
import { HighlightedSearchResultText } from '@backstage/plugin-search-react';
import Box from '@mui/material/Box';
import ListItem from '@mui/material/ListItem';
import Typography from '@mui/material/Typography';
import { ReactNode } from 'react';

/**
 * One of our documents in the search results: its title linked to where it
 * lives, a badge beside it, a line of context, and a snippet, with the
 * search engine's highlights.
 */
export function SearchResultListItem(props: {
  result: SearchDocument;
  highlight?: ResultHighlight;
  badge?: ReactNode;
  context?: ReactNode;
}) {
  const { result, highlight, badge, context } = props;
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
          {badge}
        </Box>
        {context && (
          <Typography variant="body2" color="text.secondary">
            {context}
          </Typography>
        )}
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          {field('text', result.text.slice(0, 300))}
        </Typography>
      </Box>
    </ListItem>
  );
}
