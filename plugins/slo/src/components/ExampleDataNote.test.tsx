import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import { ExampleDataNote } from './ExampleDataNote';

const withConfig = (element: JSX.Element, config: object) =>
  renderInTestApp(element, { config });

describe('ExampleDataNote', () => {
  it('says the numbers are example data, and how to turn it off, when slo.exampleData is set', async () => {
    await withConfig(<ExampleDataNote />, { slo: { exampleData: true } });
    expect(
      screen.getByText(
        /these SLOs are evaluated against the example Prometheus/,
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('PORTAL_EXAMPLE_PROMETHEUS=off'),
    ).toBeInTheDocument();
  });

  it('says it in a line on a card', async () => {
    await withConfig(<ExampleDataNote compact />, {
      slo: { exampleData: true },
    });
    expect(
      screen.getByText("Example data: the example services' recorded traffic."),
    ).toBeInTheDocument();
  });

  it('says nothing for a real Prometheus', async () => {
    await withConfig(
      <div data-testid="host">
        <ExampleDataNote />
      </div>,
      { slo: {} },
    );
    expect(screen.getByTestId('host')).toBeEmptyDOMElement();
  });
});
