// Validates Kubernetes manifests against their schemas (kubernetes-models),
// as a process of its own: kubernetes-models is published as ES modules only.
// Usage: node validateManifests.mts <file>...; prints a JSON array of problems.
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';

type Problem = { file: string; kind?: string; message: string };

async function modelFor(apiVersion: string, kind: string) {
  const group = apiVersion.includes('/') ? apiVersion : `v1`;
  try {
    const models = await import(`kubernetes-models/${group}`);
    return models[kind];
  } catch {
    return undefined;
  }
}

async function validate(files: string[]) {
  const problems: Problem[] = [];
  for (const file of files) {
    for (const doc of parseAllDocuments(readFileSync(file, 'utf8'))) {
      const manifest = doc.toJS();
      if (!manifest || manifest.kind === 'Kustomization') continue;
      const Model = await modelFor(
        String(manifest.apiVersion),
        String(manifest.kind),
      );
      if (!Model) {
        problems.push({
          file,
          message: `${manifest.apiVersion} ${manifest.kind} is not a Kubernetes kind with a schema`,
        });
        continue;
      }
      try {
        new Model(manifest).validate();
      } catch (error) {
        problems.push({
          file,
          kind: manifest.kind,
          message: (error as Error).message,
        });
      }
    }
  }
  return problems;
}

validate(process.argv.slice(2)).then(problems =>
  process.stdout.write(JSON.stringify(problems)),
);
