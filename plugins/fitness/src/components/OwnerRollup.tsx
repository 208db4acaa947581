import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { FitnessRollup } from '@internal/plugin-fitness-common';

/** Services, average score and levels per owner, weakest first. */
export function OwnerRollup(props: { rollups: FitnessRollup[] }) {
  return (
    <>
      <Typography variant="subtitle2">By owner</Typography>
      <Table size="small" aria-label="Fitness by owner">
        <TableHead>
          <TableRow>
            <TableCell>Owner</TableCell>
            <TableCell align="right">Services</TableCell>
            <TableCell align="right">Average score</TableCell>
            <TableCell align="right">Gold / silver / bronze / none</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {props.rollups.map(r => (
            <TableRow key={r.key}>
              <TableCell>
                {r.key.includes(':') ? (
                  <EntityRefLink entityRef={r.key} />
                ) : (
                  r.key
                )}
              </TableCell>
              <TableCell align="right">{r.services}</TableCell>
              <TableCell align="right">
                {r.averageScore === undefined ? '–' : r.averageScore.toFixed(1)}
              </TableCell>
              <TableCell align="right">
                {r.levels.gold} / {r.levels.silver} / {r.levels.bronze} /{' '}
                {r.levels.none}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
