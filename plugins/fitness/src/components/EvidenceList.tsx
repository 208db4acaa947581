import { useState } from 'react';
import { Entity } from '@backstage/catalog-model';
import { Link } from '@backstage/core-components';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import type { Evidence } from '@internal/plugin-fitness-common';
import { sourceHref } from '../links';

const SHOWN = 10;

/** `path:line message`, linked to the source where the host supports it. */
export function EvidenceList(props: { entity: Entity; evidence: Evidence[] }) {
  const [all, setAll] = useState(false);
  const shown = all ? props.evidence : props.evidence.slice(0, SHOWN);
  return (
    <Box component="ul" sx={{ m: 0, pl: 2 }}>
      {shown.map((item, i) => {
        const where = item.line ? `${item.path}:${item.line}` : item.path;
        const href = sourceHref(props.entity, item.path, item.line);
        return (
          <Typography component="li" variant="body2" key={`${where}-${i}`}>
            {href ? (
              <Link to={href}>
                <code>{where}</code>
              </Link>
            ) : (
              <code>{where}</code>
            )}{' '}
            {item.message}
          </Typography>
        );
      })}
      {props.evidence.length > SHOWN && (
        <Button size="small" onClick={() => setAll(a => !a)}>
          {all ? 'Show fewer' : `Show all ${props.evidence.length}`}
        </Button>
      )}
    </Box>
  );
}
