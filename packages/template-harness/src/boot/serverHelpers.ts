import { execFileSync } from 'node:child_process';
import { chown, mkdir, readFile, writeFile } from 'node:fs';
import { connect } from 'node:net';
import { promisify } from 'node:util';

export const mkdirAsync = promisify(mkdir);
export const chownAsync = promisify(chown);
export const writeFileAsync = promisify(writeFile);
export const readFileAsync = promisify(readFile);

/** Whether a server listens on the loopback port. */
export const canConnect = (port: number) =>
  new Promise<boolean>(resolve => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

/** The uid and gid of a server's own user when we are root (initdb refuses root). */
export function serverUser(name: string) {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) =>
    Number(execFileSync('id', [flag, name], { encoding: 'utf8' }));
  return { uid: id('-u'), gid: id('-g') };
}
