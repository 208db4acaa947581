import { InputError } from '@backstage/errors';

// A catalog entity name that is also a safe folder name: lowercase letters,
// digits and single hyphens, no dots, no separators, at most 63 characters.
const REPOSITORY_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Checks a new repository's name before anything is written. */
export function validateRepositoryName(name: string): string {
  if (name.length > 63 || !REPOSITORY_NAME.test(name)) {
    throw new InputError(
      `"${name}" is not a valid service name: use 1 to 63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit (e.g. order-service).`,
    );
  }
  return name;
}
