import SvgIcon from '@mui/material/SvgIcon';

/** Rising bars: the sidebar icon of /fitness. */
export function FitnessIcon() {
  return (
    <SvgIcon>
      <path d="M3 20h3v-6H3v6zm5 0h3v-9H8v9zm5 0h3V8h-3v12zm5 0h3V4h-3v16z" />
    </SvgIcon>
  );
}
