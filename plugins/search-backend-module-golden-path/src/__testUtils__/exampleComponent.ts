import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Entity } from '@backstage/catalog-model';
import { parseAllDocuments } from 'yaml';

/** The repository's examples folder, which the tests read as a file root. */
export const EXAMPLES = resolve(__dirname, '../../../../examples');

/** An example service's Component, as the catalog would hand it out. */
export function exampleComponent(name: string): Entity {
  const path = join(EXAMPLES, 'services', name, 'catalog-info.yaml');
  const component = parseAllDocuments(readFileSync(path, 'utf8'))
    .map(d => d.toJS())
    .find(e => e.kind === 'Component');
  component.metadata.namespace = 'default';
  component.metadata.annotations[
    'backstage.io/managed-by-location'
  ] = `file:${path}`;
  component.relations = [
    { type: 'ownedBy', targetRef: 'group:default/identity' },
    { type: 'partOf', targetRef: 'system:default/platform-enterprise-python' },
  ];
  return component;
}
