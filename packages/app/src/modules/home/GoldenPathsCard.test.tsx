import { screen, within } from '@testing-library/react';
import { Entity } from '@backstage/catalog-model';
import { GoldenPathsCard } from './GoldenPathsCard';
import { emptyHomeApis, renderHomeCard } from './__testUtils__/homeApis';

const template = (name: string, title: string, type: string): Entity => ({
  apiVersion: 'scaffolder.backstage.io/v1beta3',
  kind: 'Template',
  metadata: { name, namespace: 'default', title, description: `${title}.` },
  spec: { type },
});

describe('GoldenPathsCard', () => {
  it('links every golden path, the service templates first', async () => {
    await renderHomeCard(<GoldenPathsCard />, {
      groups: [],
      apis: emptyHomeApis(),
      entities: [
        template('runbook', 'Runbook', 'documentation'),
        template('python-layered-service', 'Python layered service', 'service'),
        template(
          'architecture-decision-record',
          'Architecture decision record',
          'documentation',
        ),
      ],
    });
    const list = await screen.findByRole('list', { name: 'Golden paths' });
    const links = within(list).getAllByRole('link');
    expect(links.map(link => link.textContent)).toEqual([
      'Python layered service',
      'Architecture decision record',
      'Runbook',
    ]);
    expect(links[0]).toHaveAttribute(
      'href',
      '/create/templates/default/python-layered-service',
    );
    expect(list).toHaveTextContent('Python layered service.');
  });

  it('says where templates come from when there are none', async () => {
    await renderHomeCard(<GoldenPathsCard />, {
      groups: [],
      apis: emptyHomeApis(),
    });
    expect(await screen.findByText('No golden paths yet')).toBeInTheDocument();
  });
});
