import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';

/** A catalog entity to filter by: its ref and the name people know it by. */
export type EntityOption = { ref: string; label: string };

/** Picks one entity of a list (e.g. an owner group), or none for "any". */
export function EntityRefFilter(props: {
  label: string;
  options: EntityOption[];
  value?: string;
  loading?: boolean;
  onChange: (ref: string | undefined) => void;
}) {
  const selected = props.options.find(o => o.ref === props.value) ?? null;
  return (
    <Autocomplete
      size="small"
      sx={{ minWidth: 240 }}
      options={props.options}
      loading={props.loading}
      value={selected}
      getOptionLabel={option => option.label}
      isOptionEqualToValue={(option, value) => option.ref === value.ref}
      onChange={(_, option) => props.onChange(option?.ref)}
      renderInput={params => (
        <TextField {...params} label={props.label} placeholder="any" />
      )}
    />
  );
}
