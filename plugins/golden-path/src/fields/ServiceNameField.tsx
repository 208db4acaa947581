import { discoveryApiRef, fetchApiRef } from '@backstage/frontend-plugin-api';
import {
  CustomFieldValidator,
  FieldExtensionComponentProps,
} from '@backstage/plugin-scaffolder-react';
import { serviceNameProblem } from '@internal/plugin-golden-path-common';
import { NameTextField } from './NameTextField';

type Availability = { name: string; available: boolean; reason?: string };

/** A new service's name: a text box that says at once what is wrong with it. */
export function ServiceNameInput(props: FieldExtensionComponentProps<string>) {
  return (
    <NameTextField
      {...props}
      problem={serviceNameProblem}
      defaultLabel="Name"
    />
  );
}

/**
 * Checks the name by the golden paths' rules, then asks the portal whether
 * it is free: no repository of that name, no component of that name. The
 * form shows the reason and will not go on until it is.
 */
export const validateServiceName: CustomFieldValidator<string> = async (
  value,
  validation,
  context,
) => {
  if (!value) return;
  const problem = serviceNameProblem(value);
  if (problem) {
    validation.addError(problem);
    return;
  }
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
