import { InputError } from '@backstage/errors';
import { z } from 'zod';
import { entityParams, entityRefString, parseInput } from './routeInput';

describe('parseInput', () => {
  it('gives the parsed value', () => {
    expect(
      parseInput(
        entityParams,
        { kind: 'Component', namespace: 'default', name: 'orders' },
        'entity',
      ),
    ).toEqual({ kind: 'Component', namespace: 'default', name: 'orders' });
  });

  it('names every wrong field in one InputError', () => {
    const query = z.object({
      owner: entityRefString,
      limit: z.coerce.number().max(100),
    });
    expect(() =>
      parseInput(query, { owner: 'platform', limit: '500' }, 'query'),
    ).toThrow(
      /^Invalid query: owner: use kind:namespace\/name; limit: Too big: expected number to be <=100$/,
    );
    expect(() => parseInput(query, {}, 'query')).toThrow(InputError);
  });

  it.each([['../etc'], ['a/b'], ['x'.repeat(64)], ['Name With Spaces']])(
    'refuses the entity name %j',
    name => {
      expect(() =>
        parseInput(
          entityParams,
          { kind: 'component', namespace: 'default', name },
          'entity',
        ),
      ).toThrow(/^Invalid entity: name: /);
    },
  );
});
