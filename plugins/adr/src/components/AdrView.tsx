import { MarkdownContent } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Adr, adrLabel } from '@internal/plugin-adr-common';
import { AdrStatusChip } from '@internal/plugin-adr-react';

/**
 * One ADR: its metadata, its supersedes chain and its body. MarkdownContent
 * sanitises the body's HTML (rehype-sanitize): script tags, event handlers
 * and javascript: links in an ADR never run.
 */
export function AdrView(props: {
  adr: Adr;
  people: Record<string, string>;
  onSelect: (n: number) => void;
}) {
  const { adr, people, onSelect } = props;
  const chain = (n: number) => (
    <Link
      key={n}
      component="button"
      onClick={() => onSelect(n)}
      sx={{ mx: 0.5 }}
    >
      {adrLabel(n)}
    </Link>
  );
  return (
    <Box>
      <Box display="flex" alignItems="center" gap={1} mb={1} flexWrap="wrap">
        <AdrStatusChip status={adr.status} text={adr.statusText} />
        {adr.date && <Typography variant="body2">{adr.date}</Typography>}
        {adr.decisionMakers.length > 0 && (
          <Typography variant="body2" color="text.secondary">
            Decision-makers:{' '}
            {adr.decisionMakers.map((name, i) => (
              <span key={name}>
                {i > 0 && ', '}
                {people[name] ? (
                  <EntityRefLink
                    entityRef={people[name]}
                    title={name}
                    underline="always"
                  />
                ) : (
                  name
                )}
              </span>
            ))}
          </Typography>
        )}
      </Box>
      {adr.supersededBy !== undefined && (
        <Typography variant="body2">
          Superseded by {chain(adr.supersededBy)}
        </Typography>
      )}
      {adr.supersedes.length > 0 && (
        <Typography variant="body2">
          Supersedes {adr.supersedes.map(chain)}
        </Typography>
      )}
      <MarkdownContent content={adr.body} dialect="gfm" />
    </Box>
  );
}
