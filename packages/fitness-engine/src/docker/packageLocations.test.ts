import { copiedTo } from './packageLocations';

describe('copiedTo: where a COPY puts a package', () => {
  it.each([
    // [source, destination, where src/shop lands]
    ['.', '/app', '/app/src/shop'],
    ['src', '/app/src', '/app/src/shop'],
    ['src/', '/app', '/app/shop'],
    ['src/shop', '/app/shop', '/app/shop'],
    // A folder's content is copied, not the folder: the modules spill into /app.
    ['src/shop', '/app', '/app'],
    ['src/*', '/app', '/app'],
    ['tests', '/app', undefined],
  ])('COPY %s %s', (source, destination, landed) => {
    expect(copiedTo(source, 'src/shop', destination)).toBe(landed);
  });

  it('follows a copy from another stage, and keeps a module file its name', () => {
    expect(copiedTo('/app', '/app/src/shop', '/srv')).toBe('/srv/src/shop');
    expect(copiedTo('/', '/app/shop', '/')).toBe('/app/shop');
    expect(copiedTo('main.py', 'main.py', '/app')).toBe('/app/main.py');
  });
});
