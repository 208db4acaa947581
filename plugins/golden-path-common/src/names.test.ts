import {
  aggregateNameProblem,
  MAX_SERVICE_NAME_LENGTH,
  moduleNameProblem,
  serviceNameProblem,
} from './names';

// Each refused input is named with the words its message must hold: the
// user reads why, not a pattern.
describe('service names', () => {
  it.each([
    ['order-service'],
    ['orders'],
    ['a'],
    ['none'],
    ['platform-api2'],
    ['x'.repeat(MAX_SERVICE_NAME_LENGTH)],
    ['import-lib'],
    ['json-api'],
  ])('%s is accepted', name => {
    expect(serviceNameProblem(name)).toBeUndefined();
  });

  it.each([
    ['', /Give the service a name/],
    ['class', /"class", a Python keyword/],
    ['import', /Python keyword/],
    ['async', /Python keyword/],
    ['match', /soft keyword/],
    ['case', /soft keyword/],
    ['type', /soft keyword/],
    ['9lives', /starts with a digit/],
    ['1', /starts with a digit/],
    ['json', /standard library/],
    ['email', /standard library/],
    ['site', /standard library/],
    ['types', /standard library/],
    ['logging', /standard library/],
    ['redis', /depends on/],
    ['fastapi', /depends on/],
    ['platform-core', /depends on/],
    ['Orders', /lowercase letters, digits and hyphens/],
    ['order_service', /lowercase letters, digits and hyphens/],
    ['order service', /lowercase letters, digits and hyphens/],
    ['../bad', /lowercase letters, digits and hyphens/],
    ['-orders', /lowercase letters, digits and hyphens/],
    ['ordér', /lowercase letters, digits and hyphens/],
    ['orders-', /ends with a hyphen/],
    ['order--service', /two hyphens/],
    ['x'.repeat(MAX_SERVICE_NAME_LENGTH + 1), /at most 56/],
  ])('%j is refused: %s', (name, words) => {
    expect(serviceNameProblem(name)).toMatch(words);
  });
});

describe('aggregate names', () => {
  it.each([
    ['Order'],
    ['Category'],
    ['Address'],
    ['OrderLine'],
    ['Invoice2024'],
    ['Classroom'],
    ['Nonce'],
    ['Importer'],
  ])('%s is accepted', name => {
    expect(aggregateNameProblem(name)).toBeUndefined();
  });

  it.each([
    ['', /Name the first domain concept/],
    ['Class', /"class", a Python keyword/],
    ['Import', /"import", a Python keyword/],
    ['None', /"None" is a Python keyword/],
    ['True', /Python keyword/],
    ['Match', /soft keyword/],
    ['Type', /soft keyword/],
    ['9Lives', /starts with a digit/],
    ['order', /PascalCase/],
    ['Order_Line', /PascalCase/],
    ['Order Line', /PascalCase/],
    ['Ördér', /PascalCase/],
    ['X', /2 to 40/],
    ['A'.repeat(41), /2 to 40/],
    ['Json', /standard library/],
    ['Email', /standard library/],
    ['List', /built-in/],
    ['Id', /built-in/],
    ['Settings', /already has/],
    ['UnitOfWork', /already has/],
    ['Redis', /depends on/],
    ['Sheep', /no plural/],
    ['Data', /no plural/],
  ])('%j is refused: %s', (name, words) => {
    expect(aggregateNameProblem(name)).toMatch(words);
  });
});

describe('module names', () => {
  it.each([['orders'], ['billing'], ['user_accounts'], ['shipping2']])(
    '%s is accepted',
    name => {
      expect(moduleNameProblem(name)).toBeUndefined();
    },
  );

  it.each([
    ['', /Name the module/],
    ['class', /Python keyword/],
    ['import', /Python keyword/],
    ['match', /soft keyword/],
    ['9lives', /starts with a digit/],
    ['json', /standard library/],
    ['queue', /standard library/],
    ['list', /built-in/],
    ['Orders', /lowercase letters, digits and underscores/],
    ['order-items', /lowercase letters, digits and underscores/],
    ['o', /2 to 31/],
  ])('%j is refused: %s', (name, words) => {
    expect(moduleNameProblem(name)).toMatch(words);
  });
});
