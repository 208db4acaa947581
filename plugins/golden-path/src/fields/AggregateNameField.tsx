import {
  CustomFieldValidator,
  FieldExtensionComponentProps,
} from '@backstage/plugin-scaffolder-react';
import { aggregateNameProblem } from '@internal/plugin-golden-path-common';
import { NameTextField } from './NameTextField';

/** The example aggregate's name (a Python class name): says at once what is wrong with it. */
export function AggregateNameInput(
  props: FieldExtensionComponentProps<string>,
) {
  return (
    <NameTextField
      {...props}
      problem={aggregateNameProblem}
      defaultLabel="Aggregate"
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
