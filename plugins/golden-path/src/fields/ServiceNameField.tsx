import { discoveryApiRef, fetchApiRef } from '@backstage/core-plugin-api';
import {
  CustomFieldValidator,
  FieldExtensionComponentProps,
} from '@backstage/plugin-scaffolder-react';
import TextField from '@mui/material/TextField';

type Availability = { name: string; available: boolean; reason?: string };

/** A new service's name: a text box whose value the portal checks before the run. */
export function ServiceNameInput(props: FieldExtensionComponentProps<string>) {
  const { formData, onChange, rawErrors, required, schema } = props;
  return (
    <TextField
      id={props.idSchema?.$id}
      label={schema.title ?? 'Name'}
      helperText={schema.description}
      required={required}
      value={formData ?? ''}
      onChange={event => onChange(event.target.value)}
      error={(rawErrors?.length ?? 0) > 0 && !formData}
      fullWidth
      margin="normal"
    />
  );
}

/**
 * Asks the portal whether the name is free: valid, no repository of that
 * name, no component of that name. The form shows the reason and will not
 * go on until it is.
 */
export const validateServiceName: CustomFieldValidator<string> = async (
  value,
  validation,
  context,
) => {
  if (!value) return;
  const discovery = context.apiHolder.get(discoveryApiRef);
  const fetchApi = context.apiHolder.get(fetchApiRef);
  if (!discovery || !fetchApi) return;
  const base = await discovery.getBaseUrl('scaffolder');
  const response = await fetchApi.fetch(
    `${base}/golden-path/names/${encodeURIComponent(value)}`,
  );
  if (!response.ok) {
    validation.addError(
      `The portal could not check the name (HTTP ${response.status}); try again.`,
    );
    return;
  }
  const answer: Availability = await response.json();
  if (!answer.available) {
    validation.addError(answer.reason ?? `${value} cannot be used`);
  }
};
