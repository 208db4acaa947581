import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Entity } from '@backstage/catalog-model';
import type { FitnessResultView } from '@internal/plugin-fitness-common';
import { useFunctionDocsHref } from '@internal/plugin-fitness-react';
import { EvidenceList } from './EvidenceList';
import { StatusChip } from './StatusChip';
import { WaiverNote } from './WaiverNote';
import { OptionalLink } from '@internal/portal-react';
import { docsRouteRef } from '../routes';

/** Every function with its status, summary, waiver and evidence. */
export function ResultsTable(props: {
  entity: Entity;
  results: FitnessResultView[];
}) {
  const docsHref = useFunctionDocsHref(docsRouteRef);
  return (
    <Paper variant="outlined">
      <Table size="small" aria-label="Fitness functions">
        <TableHead>
          <TableRow>
            <TableCell>Function</TableCell>
            <TableCell>Category</TableCell>
            <TableCell>Level</TableCell>
            <TableCell>Status</TableCell>
            <TableCell>Summary and evidence</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {props.results.map(result => (
            <TableRow key={result.functionId} sx={{ verticalAlign: 'top' }}>
              <TableCell>
                <OptionalLink to={docsHref(result.docsPath)}>
                  {result.title}
                </OptionalLink>
                <Typography
                  variant="caption"
                  display="block"
                  color="text.secondary"
                >
                  {result.functionId} · weight {result.weight}
                </Typography>
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {result.category}
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {result.level}
              </TableCell>
              <TableCell>
                <StatusChip result={result} />
              </TableCell>
              <TableCell>
                <Box display="flex" flexDirection="column" gap={0.5}>
                  <Typography variant="body2">{result.summary}</Typography>
                  {result.waiver && <WaiverNote waiver={result.waiver} />}
                  {result.inactiveWaiver && (
                    <WaiverNote
                      waiver={result.inactiveWaiver}
                      why={result.inactiveWaiver.why}
                    />
                  )}
                  {result.evidence.length > 0 && result.status !== 'pass' && (
                    <EvidenceList
                      entity={props.entity}
                      evidence={result.evidence}
                    />
                  )}
                </Box>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Paper>
  );
}
