import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfinedRoots } from './ConfinedRoots';

describe('ConfinedRoots', () => {
  const base = mkdtempSync(join(tmpdir(), 'roots-'));
  mkdirSync(join(base, 'repos/svc'), { recursive: true });
  mkdirSync(join(base, 'secret'));
  writeFileSync(join(base, 'repos/svc/catalog-info.yaml'), 'kind: Component');
  writeFileSync(join(base, 'secret/catalog-info.yaml'), 'kind: Component');
  symlinkSync(join(base, 'secret'), join(base, 'repos/escape'));
  writeFileSync(join(base, 'portal.yaml'), 'kind: Component');

  const roots = new ConfinedRoots(['repos', 'portal.yaml'], base);

  it.each([
    ['a file inside a root folder', 'repos/svc/catalog-info.yaml'],
    ['a root file itself', 'portal.yaml'],
    [
      'a file that does not exist yet inside a root',
      'repos/new/catalog-info.yaml',
    ],
    ['a glob inside a root', 'repos/*/catalog-info.yaml'],
  ])('allows %s', (_, target) => {
    expect(roots.allows(join(base, target))).toBe(true);
  });

  it('takes a concrete path as it is: glob characters in a name do not cut the check short', () => {
    mkdirSync(join(base, 'repos/[x]'));
    symlinkSync(join(base, 'secret'), join(base, 'repos/[x]/escape'));
    const target = join(base, 'repos/[x]/escape/catalog-info.yaml');
    expect(roots.allows(target)).toBe(true);
    expect(roots.contains(target)).toBe(false);
    expect(roots.contains(join(base, 'repos/[x]/openapi.yaml'))).toBe(true);
  });

  it.each([
    ['a file outside every root', 'secret/catalog-info.yaml'],
    ['a path that climbs out with ..', 'repos/../secret/catalog-info.yaml'],
    [
      'a symlink inside a root that points outside',
      'repos/escape/catalog-info.yaml',
    ],
    ['a sibling of a root file', 'other.yaml'],
    ['a glob reaching above the roots', '*/catalog-info.yaml'],
  ])('refuses %s', (_, target) => {
    expect(roots.allows(join(base, target))).toBe(false);
  });

  it.each([
    [
      'braces that expand to ..',
      'repos/{..,svc}/secret/catalog-info.yaml',
      /braces/,
    ],
    ['.. after a glob', 'repos/*/../../secret/catalog-info.yaml', /climbs out/],
    [
      'a walk of a whole root',
      'repos/**/catalog-info.yaml',
      /"\*\*" would walk/,
    ],
    [
      'an extended glob',
      'repos/@(..)/secret/catalog-info.yaml',
      /extended globs/,
    ],
    [
      'a negated extended glob',
      'repos/!(svc)/catalog-info.yaml',
      /extended globs/,
    ],
  ])('refuses %s, saying why', (_, target, why) => {
    // Concatenated, not joined: join would fold "*/.." away.
    expect(roots.refusal(`${base}/${target}`)).toMatch(why);
    expect(roots.allows(`${base}/${target}`)).toBe(false);
  });

  it('resolves .. before the first glob as a path', () => {
    expect(roots.refusal(`${base}/repos/svc/../*/catalog-info.yaml`)).toBe(
      undefined,
    );
    expect(
      roots.refusal('../repos/*/catalog-info.yaml', join(base, 'repos/svc')),
    ).toBe(undefined);
    expect(roots.refusal(`${base}/repos/../secret/*.yaml`)).toMatch(
      /outside the folders/,
    );
  });

  it('resolves relative targets against the working directory', () => {
    expect(roots.allows('repos/svc/catalog-info.yaml', base)).toBe(true);
    expect(roots.allows('secret/catalog-info.yaml', base)).toBe(false);
  });

  it('allows nothing when no roots are configured', () => {
    const none = new ConfinedRoots([], base);
    expect(none.allows(join(base, 'repos/svc/catalog-info.yaml'))).toBe(false);
  });
});
