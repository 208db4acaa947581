import {
  ApiHolder,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { validateServiceName } from './ServiceNameField';

function holder(answer: (url: string) => Response): {
  apiHolder: ApiHolder;
  urls: string[];
} {
  const urls: string[] = [];
  const apis = new Map<string, unknown>([
    [
      discoveryApiRef.id,
      { getBaseUrl: async (id: string) => `http://portal/api/${id}` },
    ],
    [
      fetchApiRef.id,
      {
        fetch: async (url: string) => {
          urls.push(url);
          return answer(url);
        },
      },
    ],
  ]);
  return {
    apiHolder: { get: (ref: { id: string }) => apis.get(ref.id) } as ApiHolder,
    urls,
  };
}

async function errorsFor(value: string, answer: (url: string) => Response) {
  const errors: string[] = [];
  const { apiHolder, urls } = holder(answer);
  await validateServiceName(
    value,
    { addError: (message: string) => errors.push(message) } as any,
    { apiHolder, formData: {}, schema: {} },
  );
  return { errors, urls };
}

describe('validateServiceName', () => {
  it("asks the scaffolder's name endpoint, and shows its reason", async () => {
    const { errors, urls } = await errorsFor('taken', () =>
      Response.json({
        name: 'taken',
        available: false,
        reason: 'A repository named taken already exists; pick another name.',
      }),
    );
    expect(urls).toEqual([
      'http://portal/api/scaffolder/golden-path/names/taken',
    ]);
    expect(errors).toEqual([
      'A repository named taken already exists; pick another name.',
    ]);
  });

  it.each([
    ['class', /"class", a Python keyword/],
    ['9lives', /starts with a digit/],
    ['platform user', /only lowercase letters, digits and hyphens/],
  ])('refuses %s in words without asking the portal', async (name, words) => {
    const { errors, urls } = await errorsFor(name, () =>
      Response.json({ name, available: true }),
    );
    expect({ urls, errors }).toEqual({
      urls: [],
      errors: [expect.stringMatching(words)],
    });
  });

  it('accepts a free name', async () => {
    const { errors } = await errorsFor('orders', () =>
      Response.json({ name: 'orders', available: true }),
    );
    expect(errors).toEqual([]);
  });

  it('says when the check itself failed', async () => {
    const { errors } = await errorsFor(
      'orders',
      () => new Response('', { status: 503 }),
    );
    expect(errors).toEqual([
      'The portal could not check the name (HTTP 503); try again.',
    ]);
  });

  it('leaves an empty value to the required check', async () => {
    const { urls } = await errorsFor('', () => Response.json({}));
    expect(urls).toEqual([]);
  });
});
