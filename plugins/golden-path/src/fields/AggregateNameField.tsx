import {
  CustomFieldValidator,
  FieldExtensionComponentProps,
} from '@backstage/plugin-scaffolder-react';
import { aggregateNameProblem } from '@internal/plugin-golden-path-common';
import TextField from '@mui/material/TextField';
import { nameWords } from './nameWords';

/** The example aggregate's name (a Python class name): says at once what is wrong with it. */
export function AggregateNameInput(
  props: FieldExtensionComponentProps<string>,
) {
  const { formData, onChange, rawErrors, required, schema } = props;
  const words = nameWords(formData, rawErrors, aggregateNameProblem);
  return (
    <TextField
      id={props.idSchema?.$id}
      label={schema.title ?? 'Aggregate'}
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

export const validateAggregateName: CustomFieldValidator<string> = (
  value,
  validation,
) => {
  const problem = value ? aggregateNameProblem(value) : undefined;
  if (problem) validation.addError(problem);
};
