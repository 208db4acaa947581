import { pluralName, snakeCase, withArticle } from './inflection';

describe('inflection', () => {
  it.each([
    ['Order', 'Orders'],
    ['Category', 'Categories'],
    ['Address', 'Addresses'],
    ['Box', 'Boxes'],
    ['Match', 'Matches'],
    ['Wish', 'Wishes'],
    ['Person', 'People'],
    ['Child', 'Children'],
    ['Status', 'Statuses'],
    ['Day', 'Days'],
    ['Policy', 'Policies'],
    ['Leaf', 'Leaves'],
    ['OrderLine', 'OrderLines'],
    ['DeliveryAddress', 'DeliveryAddresses'],
    ['HTTPRoute', 'HTTPRoutes'],
  ])('the plural of %s is %s', (name, plural) => {
    expect(pluralName(name)).toBe(plural);
  });

  it.each([
    ['Order', 'order'],
    ['OrderLine', 'order_line'],
    ['HTTPRoute', 'http_route'],
    ['Invoice2024', 'invoice2024'],
    ['DeliveryAddresses', 'delivery_addresses'],
  ])('%s in snake case is %s', (name, snake) => {
    expect(snakeCase(name)).toBe(snake);
  });

  it.each([
    ['Order', 'an Order'],
    ['Invoice', 'an Invoice'],
    ['Category', 'a Category'],
    ['User', 'a User'],
    ['Hour', 'an Hour'],
    ['Unicorn', 'a Unicorn'],
    ['Umbrella', 'an Umbrella'],
  ])('%s takes its article by sound: %s', (name, phrase) => {
    expect(withArticle(name)).toBe(phrase);
  });
});
