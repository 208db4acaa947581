import { provenanceOf } from './provenance';

const entity = (annotations: Record<string, string>) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'orders', annotations },
});

describe('provenanceOf', () => {
  it('reads the template and its version', () => {
    expect(
      provenanceOf(
        entity({
          'backstage.io/source-template':
            'template:default/python-layered-service',
          'golden-path/template-version': '0.3.0',
        }),
      ),
    ).toEqual({
      templateRef: 'template:default/python-layered-service',
      templateName: 'python-layered-service',
      version: '0.3.0',
    });
  });

  it('has none for an entity no template made, or a malformed reference', () => {
    expect(provenanceOf(entity({}))).toBeUndefined();
    for (const ref of ['a:b:c/d/e', 'component:default/orders']) {
      expect(
        provenanceOf(entity({ 'backstage.io/source-template': ref })),
      ).toBeUndefined();
    }
  });
});
