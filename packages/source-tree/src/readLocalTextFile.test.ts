import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { readLocalTextFile } from './readLocalTextFile';
import { writeTree as folder } from './__testUtils__/writeTree';

describe('readLocalTextFile', () => {
  it('reads a text file below the folder', async () => {
    const root = folder({ 'services/orders/openapi.yaml': 'openapi: 3.1.0\n' });
    await expect(
      readLocalTextFile(root, './services/orders/openapi.yaml'),
    ).resolves.toBe('openapi: 3.1.0\n');
  });

  it('follows a symlink that stays inside the folder', async () => {
    const root = folder({ 'api/openapi.yaml': 'openapi: 3.1.0\n' });
    symlinkSync(join(root, 'api/openapi.yaml'), join(root, 'openapi.yaml'));
    await expect(readLocalTextFile(root, 'openapi.yaml')).resolves.toBe(
      'openapi: 3.1.0\n',
    );
  });

  it.each([
    ['a path that climbs out', '../secret.txt', 'leads outside'],
    ['an absolute path', '/etc/hostname', 'is absolute'],
    ['a missing file', 'nothing.yaml', 'does not exist'],
  ])('refuses %s', async (_, path, message) => {
    const outside = folder({ 'secret.txt': 'secret' });
    const root = join(outside, 'repo');
    mkdirSync(root);
    await expect(readLocalTextFile(root, path)).rejects.toThrow(message);
  });

  it('refuses a symlink that leads out of the folder', async () => {
    const outside = folder({ 'secret.txt': 'secret' });
    const root = folder({});
    symlinkSync(join(outside, 'secret.txt'), join(root, 'openapi.yaml'));
    await expect(readLocalTextFile(root, 'openapi.yaml')).rejects.toThrow(
      'openapi.yaml leads outside',
    );
  });

  it('refuses a folder and a named pipe without waiting on it', async () => {
    const root = folder({ 'docs/index.md': '# Docs\n' });
    execFileSync('mkfifo', [join(root, 'pipe')]);
    await expect(readLocalTextFile(root, 'docs')).rejects.toThrow(
      'docs is not a regular file',
    );
    await expect(readLocalTextFile(root, 'pipe')).rejects.toThrow(
      'pipe is not a regular file',
    );
  });

  it('refuses files over the limit, binary files and broken UTF-8', async () => {
    const root = folder({
      'big.yaml': 'x'.repeat(101),
      'image.png': Buffer.from([0x89, 0x50, 0x00, 0x47]),
      'latin1.txt': Buffer.from([0x63, 0x61, 0x66, 0xe9]),
    });
    await expect(
      readLocalTextFile(root, 'big.yaml', { maxFileBytes: 100 }),
    ).rejects.toThrow(
      'big.yaml is 101 bytes, over the 100-byte limit per file',
    );
    await expect(readLocalTextFile(root, 'image.png')).rejects.toThrow(
      'image.png is binary',
    );
    await expect(readLocalTextFile(root, 'latin1.txt')).rejects.toThrow(
      'latin1.txt is not valid UTF-8',
    );
  });
});
