import { catalogEntities } from './catalogEntities';

const service = (files: Record<string, string>) => ({
  dir: '/generated/orders',
  files: Object.keys(files).sort(),
  read: async (path: string) => files[path],
});

const api = (definition: unknown) => `apiVersion: backstage.io/v1alpha1
kind: API
metadata: { name: orders-api }
spec:
  type: openapi
  lifecycle: experimental
  owner: group:default/platform
  definition: ${JSON.stringify(definition)}
`;

describe('catalogEntities', () => {
  it('inlines a $text definition, checks it is OpenAPI, and asks the catalog', async () => {
    const seen: unknown[] = [];
    const check = catalogEntities(
      async entity => {
        seen.push(entity);
        return undefined;
      },
      ['catalog-info.yaml'],
    );

    const failures = await check(
      service({
        'catalog-info.yaml': api({ $text: './openapi.yaml' }),
        'openapi.yaml': 'openapi: 3.1.0\npaths:\n  /orders: {}\n',
      }),
    );

    expect(failures).toEqual([]);
    expect(seen).toEqual([
      expect.objectContaining({
        spec: expect.objectContaining({
          definition: 'openapi: 3.1.0\npaths:\n  /orders: {}\n',
        }),
      }),
    ]);
  });

  it.each([
    [{ $text: './missing.yaml' }, {}, /\$text \.\/missing\.yaml names no file/],
    [
      { $text: './openapi.yaml' },
      { 'openapi.yaml': 'swagger: "2.0"\n' },
      /not an OpenAPI 3 document/,
    ],
    [
      { $text: './openapi.yaml' },
      { 'openapi.yaml': 'openapi: 3.1.0\n' },
      /has no paths/,
    ],
  ])('refuses the definition %j', async (definition, extra, message) => {
    const check = catalogEntities(async () => undefined, ['catalog-info.yaml']);
    const failures = await check(
      service({ 'catalog-info.yaml': api(definition), ...extra }),
    );
    expect(failures).toEqual([
      expect.objectContaining({
        check: 'catalog',
        file: 'catalog-info.yaml',
        message: expect.stringMatching(message),
      }),
    ]);
  });
});
