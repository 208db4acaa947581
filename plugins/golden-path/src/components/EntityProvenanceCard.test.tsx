import { Entity } from '@backstage/catalog-model';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import {
  catalogApiRef,
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { screen } from '@testing-library/react';
import { EntityProvenanceCard } from './EntityProvenanceCard';
import { docsRouteRef, templateRouteRef } from '../routes';

const template = (version: string): Entity => ({
  apiVersion: 'scaffolder.backstage.io/v1beta3',
  kind: 'Template',
  metadata: {
    name: 'python-layered-service',
    namespace: 'default',
    title: 'Python layered service',
    annotations: { 'golden-path/template-version': version },
  },
  spec: {},
});

const orders: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'orders',
    namespace: 'default',
    annotations: {
      'backstage.io/source-template': 'template:default/python-layered-service',
      'golden-path/template-version': '0.2.0',
    },
  },
};

function render(entities: Entity[]) {
  return renderInTestApp(
    <EntityProvider entity={orders}>
      <EntityProvenanceCard />
    </EntityProvider>,
    {
      apis: [[catalogApiRef, catalogApiMock({ entities })]],
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
        '/docs/:namespace/:kind/:name': docsRouteRef,
        '/create/templates/:namespace/:templateName': templateRouteRef,
      },
    },
  );
}

describe('EntityProvenanceCard', () => {
  it('names the template and the version the service came from, and how far behind the current one it is', async () => {
    await render([template('0.3.0')]);
    expect(
      await screen.findByText('Current version: 0.3.0'),
    ).toBeInTheDocument();
    expect(screen.getByText('Behind: 0.2.0 → 0.3.0')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'How to bring the service up to date' }),
    ).toHaveAttribute(
      'href',
      '/docs/default/component/golden-path-portal/fitness/template-currency/',
    );
    expect(screen.getByText(/version 0\.2\.0/)).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /python-layered-service/ }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/template/python-layered-service',
    );
    expect(
      screen.getByRole('link', {
        name: 'Create another service from this template',
      }),
    ).toHaveAttribute(
      'href',
      '/create/templates/default/python-layered-service',
    );
  });

  it('counts the major versions a service is behind', async () => {
    await render([template('2.1.0')]);
    expect(
      await screen.findByText('2 major versions behind: 0.2.0 → 2.1.0'),
    ).toBeInTheDocument();
  });

  it('says when the service is on the current version, with no update guide', async () => {
    await render([template('0.2.0')]);
    expect(await screen.findByText('Up to date')).toBeInTheDocument();
    expect(
      screen.queryByRole('link', {
        name: 'How to bring the service up to date',
      }),
    ).not.toBeInTheDocument();
  });

  it('says when the template has no semver version', async () => {
    await render([template('latest')]);
    expect(
      await screen.findByText('Not comparable: no semver version'),
    ).toBeInTheDocument();
  });

  it('says when the template has left the catalog', async () => {
    await render([]);
    expect(
      await screen.findByText('The template is no longer in the catalog.'),
    ).toBeInTheDocument();
  });
});
