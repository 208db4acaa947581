import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { EntityRefFilter } from './EntityRefFilter';
import { errorMessage } from './format';
import { useCatalogFilterOptions } from './useCatalogFilterOptions';

/** One filter of an organisation page's bar. */
export type FilterField =
  /** A catalog Group, System or Domain, picked by name. */
  | {
      kind: 'entity';
      key: string;
      label: string;
      of: 'groups' | 'systems' | 'domains';
    }
  /** One of a fixed list; the empty choice is "any". */
  | {
      kind: 'select';
      key: string;
      label: string;
      choices: { value: string; label: string }[];
    }
  | { kind: 'date'; key: string; label: string };

/** The page's filter; only its text values are the bar's. */
export type FilterValues = object;

const text = (values: FilterValues, key: string): string | undefined => {
  const value = (values as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : undefined;
};

/**
 * The filter bar of the organisation pages (/fitness, /slos, /decisions):
 * owner, system and domain pickers over the catalog, fixed choices and
 * dates. A catalog that cannot be read is said, not hidden.
 */
export function FilterBar(props: {
  fields: FilterField[];
  values: FilterValues;
  onChange: (key: string, value: string | undefined) => void;
}) {
  const { fields, values, onChange } = props;
  const options = useCatalogFilterOptions();
  return (
    <>
      <Box display="flex" gap={2} flexWrap="wrap" mb={2}>
        {fields.map(field => {
          switch (field.kind) {
            case 'entity':
              return (
                <EntityRefFilter
                  key={field.key}
                  label={field.label}
                  options={options.value?.[field.of] ?? []}
                  loading={options.loading}
                  value={text(values, field.key)}
                  onChange={ref => onChange(field.key, ref)}
                />
              );
            case 'select':
              return (
                <TextField
                  key={field.key}
                  select
                  size="small"
                  label={field.label}
                  value={text(values, field.key) ?? ''}
                  onChange={e =>
                    onChange(field.key, e.target.value || undefined)
                  }
                  sx={{ minWidth: 180 }}
                >
                  <MenuItem value="">any</MenuItem>
                  {field.choices.map(choice => (
                    <MenuItem key={choice.value} value={choice.value}>
                      {choice.label}
                    </MenuItem>
                  ))}
                </TextField>
              );
            default:
              return (
                <TextField
                  key={field.key}
                  size="small"
                  type="date"
                  label={field.label}
                  InputLabelProps={{ shrink: true }}
                  value={text(values, field.key) ?? ''}
                  onChange={e =>
                    onChange(field.key, e.target.value || undefined)
                  }
                />
              );
          }
        })}
      </Box>
      {options.error && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          The owner, system and domain filters could not be loaded from the
          catalog: {errorMessage(options.error)}
        </Alert>
      )}
    </>
  );
}
