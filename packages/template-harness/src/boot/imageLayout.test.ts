import { mkdtemp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recreateImage } from './imageLayout';

async function image(dockerfile: string) {
  const dir = await mkdtemp(join(tmpdir(), 'image-layout-'));
  const context = join(dir, 'context');
  await mkdir(join(context, 'migrations/versions'), { recursive: true });
  await writeFile(join(context, 'alembic.ini'), '[alembic]\n');
  await writeFile(join(context, 'migrations/env.py'), '# env\n');
  return recreateImage({
    dockerfile,
    context,
    root: join(dir, 'root'),
    python: { python: '/usr/bin/python3', version: '3.11', env: {} },
    env: process.env,
  });
}

describe('recreateImage', () => {
  it('lays out the final stage: files, folders, WORKDIR, ENV, the numeric USER and the CMD', async () => {
    const built = await image(`FROM python:3.11-slim
RUN useradd --uid 10001 app
WORKDIR /app
COPY alembic.ini ./
COPY migrations ./migrations
ENV PATH=/opt/venv/bin:$PATH PYTHONUNBUFFERED=1
USER 10001:10002
CMD ["uvicorn", "pkg.app:create_app", "--port", "8000"]
`);
    expect(built).toMatchObject({
      workdir: join(built.root, 'app'),
      uid: 10001,
      gid: 10002,
      cmd: ['uvicorn', 'pkg.app:create_app', '--port', '8000'],
      cmdLine: 8,
      env: { PYTHONUNBUFFERED: '1' },
    });
    expect(
      built.env.PATH.startsWith(`${join(built.root, 'opt/venv/bin')}:`),
    ).toBe(true);
    expect(await readFile(join(built.workdir, 'alembic.ini'), 'utf8')).toBe(
      '[alembic]\n',
    );
    expect(
      await readFile(join(built.workdir, 'migrations/env.py'), 'utf8'),
    ).toBe('# env\n');
  });

  it.each([
    [
      'a user name, which runAsNonRoot cannot verify',
      'USER app\nCMD ["x"]',
      /USER app is not numeric/,
    ],
    ['no USER', 'CMD ["x"]', /sets no USER, so it runs as root/],
    ['user 0', 'USER 0\nCMD ["x"]', /runs as root/],
    ['the shell form of CMD', 'USER 1\nCMD uvicorn x', /exec form/],
    [
      'a RUN outside the mapping',
      'RUN apt-get install -y curl\n',
      /apt-get install -y curl is not in the mapping/,
    ],
    [
      'a source outside the context',
      'COPY ../secrets ./\n',
      /outside the build context/,
    ],
    [
      'a missing source',
      'COPY src ./src\n',
      /src does not exist in the build context/,
    ],
    ['another Python', 'FROM python:3.12-slim\n', /not python:3.11/],
  ])('refuses %s', async (_what, rest, message) => {
    await expect(image(`FROM python:3.11-slim\n${rest}`)).rejects.toThrow(
      message,
    );
  });
});
