import { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import TextField from '@mui/material/TextField';
import { nameWords } from './nameWords';

/** A name's text box that says at once, in words, what is wrong with the name. */
export function NameTextField(
  props: FieldExtensionComponentProps<string> & {
    problem: (value: string) => string | undefined;
    defaultLabel: string;
  },
) {
  const { formData, onChange, rawErrors, required, schema, problem } = props;
  const words = nameWords(formData, rawErrors, problem);
  return (
    <TextField
      id={props.idSchema?.$id}
      label={schema.title ?? props.defaultLabel}
      helperText={words ?? schema.description}
      required={required}
      value={formData ?? ''}
      onChange={event => onChange(event.target.value)}
      error={words !== undefined}
      fullWidth
      margin="normal"
    />
  );
}
