import Avatar from '@mui/material/Avatar';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardActionArea from '@mui/material/CardActionArea';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Grid from '@mui/material/Grid';
import Typography from '@mui/material/Typography';
import { ExampleUser } from './useExampleUsers';

function initials(displayName: string) {
  return displayName
    .split(/\s+/)
    .slice(0, 2)
    .map(part => part.charAt(0).toLocaleUpperCase())
    .join('');
}

/** A card per example user; picking one signs in as that user. */
export function ExampleUserPicker(props: {
  users: ExampleUser[];
  onPick: (name: string) => void;
}) {
  if (props.users.length === 0) {
    return (
      <Typography>
        The catalog holds no users yet. Check that examples/org.yaml is among
        the catalog locations in app-config.yaml, then reload this page.
      </Typography>
    );
  }
  return (
    <Grid container spacing={2} component="ul" sx={{ listStyle: 'none', p: 0 }}>
      {props.users.map(user => (
        <Grid item xs={12} sm={6} md={4} lg={3} key={user.name} component="li">
          <Card variant="outlined">
            <CardActionArea
              onClick={() => props.onPick(user.name)}
              aria-label={`Sign in as ${user.displayName}`}
            >
              <CardContent>
                <Box display="flex" alignItems="center" gap={2} mb={1}>
                  <Avatar>{initials(user.displayName)}</Avatar>
                  <Box>
                    <Typography variant="subtitle1">
                      {user.displayName}
                    </Typography>
                    <Typography variant="body2" color="text.secondary">
                      {user.name}
                    </Typography>
                  </Box>
                </Box>
                <Box display="flex" flexWrap="wrap" gap={0.5}>
                  {user.groups.length > 0 ? (
                    user.groups.map(group => (
                      <Chip key={group} label={group} size="small" />
                    ))
                  ) : (
                    <Chip
                      label="no group: read only"
                      size="small"
                      variant="outlined"
                    />
                  )}
                </Box>
              </CardContent>
            </CardActionArea>
          </Card>
        </Grid>
      ))}
    </Grid>
  );
}
