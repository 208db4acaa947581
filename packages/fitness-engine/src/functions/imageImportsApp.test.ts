import { functionContext } from '../testUtils/functionContext';
import { newLayout, oldLayout } from '../testUtils/goldenPathLayouts';
import { imageImportsAppFunction } from './imageImportsApp';

const evaluate = async (files: Record<string, string>) =>
  imageImportsAppFunction.evaluate(await functionContext(files));

const BUILD_SYSTEM =
  '[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n\n[project]\nname = "shop"\n';
const srcLayout = {
  'src/shop/__init__.py': '',
  'src/shop/main.py': 'app = object()\n',
};
const flatLayout = { 'shop/__init__.py': '', 'shop/main.py': 'app = 1\n' };
const dockerfile = (...lines: string[]) => ({ Dockerfile: lines.join('\n') });

describe('image-imports-app', () => {
  it('passes the golden path: the build stage installs the project into the virtualenv the final stage copies', async () => {
    expect(await evaluate(newLayout)).toEqual({
      status: 'pass',
      summary:
        'The image imports shop.presentation.app:create_app from the installed project.',
      evidence: [
        {
          path: 'Dockerfile',
          line: 20,
          message: 'imports shop.presentation.app:create_app',
        },
        {
          path: 'Dockerfile',
          line: 9,
          message:
            '`pip install --no-cache-dir --no-deps .` installs the project, copied into the final stage at line 13',
        },
      ],
    });
  });

  it('fails the old golden path at its CMD, and says why each uv sync does not install it', async () => {
    expect(await evaluate(oldLayout)).toEqual({
      status: 'fail',
      summary:
        'The image cannot import shop.presentation.app:create_app: shop is under src/ and the image never installs the project.',
      evidence: [
        {
          path: 'Dockerfile',
          line: 17,
          message:
            'cannot import shop.presentation.app:create_app: shop is under src/ and the image never installs the project',
        },
        {
          path: 'Dockerfile',
          line: 6,
          message:
            '`uv sync --no-dev --no-install-project` leaves the project out (--no-install-project)',
        },
        {
          path: 'Dockerfile',
          line: 8,
          message:
            '`uv sync --no-dev` does not install the project: pyproject.toml has no [build-system]',
        },
      ],
    });
  });

  it('passes uv sync once pyproject.toml has a build system, copied as .venv', async () => {
    const outcome = await evaluate({
      ...oldLayout,
      'pyproject.toml': BUILD_SYSTEM,
    });
    expect(outcome.status).toBe('pass');
    expect(outcome.evidence[1].message).toBe(
      '`uv sync --no-dev` installs the project, copied into the final stage at line 13',
    );
  });

  it.each([
    [
      'a flat layout copied whole, run by gunicorn',
      flatLayout,
      [
        'FROM python:3.12-slim',
        'WORKDIR /app',
        'COPY . .',
        'RUN pip install -r requirements.txt',
        'CMD ["gunicorn", "-k", "uvicorn.workers.UvicornWorker", "-b", "0.0.0.0:8000", "shop.main:app"]',
      ],
      'The image imports shop.main:app from /app/shop.',
    ],
    [
      'the package copied from src/ into the working directory',
      srcLayout,
      [
        'FROM python:3.12-slim',
        'WORKDIR /srv',
        'COPY src/shop ./shop',
        'CMD exec uvicorn shop.main:app --host 0.0.0.0',
      ],
      'The image imports shop.main:app from /srv/shop.',
    ],
    [
      'a src layout on PYTHONPATH',
      srcLayout,
      [
        'FROM python:3.12-slim',
        'WORKDIR /app',
        'COPY . .',
        'ENV PYTHONPATH=/app/src',
        'CMD ["python", "-m", "shop.main"]',
      ],
      'The image imports shop.main from /app/src/shop.',
    ],
    [
      "uvicorn's --app-dir",
      srcLayout,
      [
        'FROM python:3.12-slim',
        'WORKDIR /app',
        'COPY src src',
        'ENTRYPOINT ["uvicorn", "--app-dir", "src"]',
        'CMD ["shop.main:app"]',
      ],
      'The image imports shop.main:app from /app/src/shop.',
    ],
  ])('passes %s', async (_, layout, lines, summary) => {
    const outcome = await evaluate({ ...layout, ...dockerfile(...lines) });
    expect(outcome.summary).toBe(summary);
    expect(outcome.status).toBe('pass');
  });

  it('passes Poetry installing into the system Python, with [tool.poetry] and no build system', async () => {
    const outcome = await evaluate({
      ...srcLayout,
      'pyproject.toml':
        '[tool.poetry]\nname = "shop"\npackages = [{ include = "shop", from = "src" }]\n',
      ...dockerfile(
        'FROM python:3.12-slim',
        'ENV POETRY_VIRTUALENVS_CREATE=false',
        'WORKDIR /app',
        'COPY pyproject.toml poetry.lock ./',
        'RUN poetry install --no-root --only main',
        'COPY src ./src',
        'RUN poetry install --only main',
        'CMD ["uvicorn", "shop.main:app"]',
      ),
    });
    expect(outcome).toMatchObject({
      status: 'pass',
      evidence: [
        expect.anything(),
        {
          line: 7,
          message: '`poetry install --only main` installs the project',
        },
      ],
    });
  });

  it('passes a wheel built in one stage and installed in the final one', async () => {
    const outcome = await evaluate({
      ...srcLayout,
      ...dockerfile(
        'FROM python:3.12 AS build',
        'COPY . /src',
        'RUN pip wheel --no-deps -w /wheels /src',
        'FROM python:3.12-slim',
        'COPY --from=build /wheels /wheels',
        'RUN pip install /wheels/*.whl',
        'CMD ["uvicorn", "shop.main:app"]',
      ),
    });
    expect(outcome.status).toBe('pass');
  });

  it('fails an install the final stage does not copy', async () => {
    const outcome = await evaluate({
      ...srcLayout,
      'pyproject.toml': BUILD_SYSTEM,
      ...dockerfile(
        'FROM python:3.12 AS build',
        'RUN python -m venv /opt/venv',
        'ENV PATH=/opt/venv/bin:$PATH',
        'WORKDIR /src',
        'COPY . .',
        'RUN pip install .',
        'FROM python:3.12-slim',
        'COPY --from=build /src /src',
        'WORKDIR /src',
        'CMD ["uvicorn", "shop.main:app"]',
      ),
    });
    expect(outcome.status).toBe('fail');
    expect(outcome.evidence.map(e => `${e.line} ${e.message}`)).toEqual([
      '10 cannot import shop.main:app: shop is under src/ and the image never installs the project',
      '6 `pip install .` installs the project into /opt/venv in stage build, but the final stage copies only /src from it',
    ]);
  });

  it('fails an install before the sources are copied, and a package copied off the import path', async () => {
    const outcome = await evaluate({
      ...flatLayout,
      'setup.py': 'from setuptools import setup\nsetup()\n',
      ...dockerfile(
        'FROM python:3.12-slim',
        'WORKDIR /app',
        'COPY setup.py ./',
        'RUN pip install -e .',
        'COPY shop /opt/code/shop',
        'CMD ["python", "-m", "shop.main"]',
      ),
    });
    expect(outcome.evidence.map(e => `${e.line} ${e.message}`)).toEqual([
      '6 cannot import shop.main: the image has shop at /opt/code/shop, but /opt/code is not on the import path (/app), and the image never installs the project',
      '4 `pip install -e .` runs before the sources (shop) are copied',
    ]);
  });

  it('does not apply without a Dockerfile, a command it knows, or the module in the repository', async () => {
    expect((await evaluate(srcLayout)).status).toBe('not-applicable');
    expect(
      (
        await evaluate({
          ...srcLayout,
          ...dockerfile('FROM python:3.12', 'CMD ["./run.sh"]'),
        })
      ).summary,
    ).toBe(
      'Dockerfile runs neither uvicorn, gunicorn, hypercorn nor python -m: not checked.',
    );
    expect(
      (
        await evaluate({
          ...srcLayout,
          ...dockerfile('FROM python:3.12', 'CMD python -m http.server'),
        })
      ).summary,
    ).toBe(
      'http.server is not a module of the repository (http is not in it): not checked.',
    );
  });
});
