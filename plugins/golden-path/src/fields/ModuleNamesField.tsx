import { useState } from 'react';
import {
  CustomFieldValidator,
  FieldExtensionComponentProps,
} from '@backstage/plugin-scaffolder-react';
import { moduleNameProblem } from '@internal/plugin-golden-path-common';
import TextField from '@mui/material/TextField';

/** The problems of a list of module names, in words. */
export function moduleNamesProblems(names: string[]): string[] {
  const problems = names
    .map(moduleNameProblem)
    .filter((problem): problem is string => problem !== undefined);
  const repeated = names.filter((name, i) => names.indexOf(name) !== i);
  for (const name of new Set(repeated))
    problems.push(`"${name}" is listed more than once.`);
  if (names.length === 0) problems.push('Name at least one module.');
  if (names.length > 12) problems.push(`${names.length} modules; at most 12.`);
  return problems;
}

const parse = (text: string) => text.split(/[\s,]+/).filter(Boolean);

/** A monolith's modules, typed as a list ("orders, billing"), each checked at once. */
export function ModuleNamesInput(
  props: FieldExtensionComponentProps<string[]>,
) {
  const { formData, onChange, rawErrors, required, schema } = props;
  const [text, setText] = useState((formData ?? []).join(', '));
  const problems = moduleNamesProblems(parse(text));
  const words =
    text.trim() || (rawErrors ?? []).length ? problems[0] : undefined;
  return (
    <TextField
      id={props.idSchema?.$id}
      label={schema.title ?? 'Modules'}
      helperText={
        words ??
        `${schema.description ?? ''} Separate them with commas or spaces.`
      }
      required={required}
      value={text}
      onChange={event => {
        setText(event.target.value);
        onChange(parse(event.target.value));
      }}
      error={words !== undefined}
      fullWidth
      margin="normal"
    />
  );
}

export const validateModuleNames: CustomFieldValidator<string[]> = (
  value,
  validation,
) => {
  for (const problem of moduleNamesProblems(value ?? [])) {
    validation.addError(problem);
  }
};
