import { parseAllDocuments } from 'yaml';
import { Check } from '../HarnessFailure';

/** Every YAML file parses, every document in it. */
export const yamlFiles: Check = async service => {
  const failures = [];
  for (const file of service.files.filter(f => /\.ya?ml$/.test(f))) {
    for (const doc of parseAllDocuments(await service.read(file))) {
      for (const error of doc.errors) {
        failures.push({
          check: 'yaml',
          file,
          line: error.linePos?.[0].line,
          message: error.message.split('\n')[0],
        });
      }
    }
  }
  return failures;
};
