/*
 * A service as the golden path's templates generated it before issue 16
 * (it scored 100 gold but did not run) and as they generate it since, for
 * the package `shop`. Only the files the operability functions read.
 */

const shopPackage = {
  'src/shop/__init__.py': '',
  'src/shop/presentation/__init__.py': '',
  'src/shop/presentation/app.py': [
    'from fastapi import FastAPI',
    '',
    'from shop.presentation.operability import add_operability',
    '',
    '',
    'def create_app() -> FastAPI:',
    '    app = FastAPI()',
    '    add_operability(app)',
    '    return app',
  ].join('\n'),
  'alembic.ini': '[alembic]\nscript_location = migrations\n',
  'migrations/env.py': 'from alembic import context\n',
};

const health = [
  '    @app.get("/health")',
  '    async def health() -> dict[str, str]:',
  '        return {"status": "ok"}',
  '',
  '    @app.get("/ready")',
  '    async def ready() -> dict[str, str]:',
  '        return {"status": "ready"}',
];

const openslo = (le: string) => `apiVersion: openslo/v1
kind: SLO
metadata:
  name: shop-availability
spec:
  service: shop
  indicator:
    metadata:
      name: shop-availability-ratio
    spec:
      ratioMetric:
        counter: true
        good:
          metricSource:
            metricSourceRef: prometheus-main
            type: Prometheus
            spec:
              query: 'http_requests_total{job="shop",code!~"5.."}'
        total:
          metricSource:
            metricSourceRef: prometheus-main
            type: Prometheus
            spec:
              query: 'http_requests_total{job="shop"}'
  timeWindow:
    - duration: 30d
      isRolling: true
  budgetingMethod: Occurrences
  objectives:
    - target: 0.999
---
apiVersion: openslo/v1
kind: SLO
metadata:
  name: shop-latency-p95
spec:
  service: shop
  indicator:
    metadata:
      name: shop-latency-p95-ratio
    spec:
      ratioMetric:
        counter: true
        good:
          metricSource:
            metricSourceRef: prometheus-main
            type: Prometheus
            spec:
              query: 'http_request_duration_seconds_bucket{job="shop",le="${le}"}'
        total:
          metricSource:
            metricSourceRef: prometheus-main
            type: Prometheus
            spec:
              query: 'http_request_duration_seconds_count{job="shop"}'
  timeWindow:
    - duration: 30d
      isRolling: true
  budgetingMethod: Occurrences
  objectives:
    - target: 0.95
`;

const deployment = (securityContext: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
spec:
  template:
    spec:
      securityContext: ${securityContext}
      containers:
        - name: shop
          image: shop
          livenessProbe:
            httpGet: { path: /health, port: http }
          readinessProbe:
            httpGet: { path: /ready, port: http }
`;

/** The layout the templates generated before issue 16. */
export const oldLayout: Record<string, string> = {
  ...shopPackage,
  'pyproject.toml': [
    '[project]',
    'name = "shop"',
    'version = "0.1.0"',
    'dependencies = ["fastapi>=0.115", "prometheus-client>=0.21"]',
    '',
    '[dependency-groups]',
    'dev = ["pytest>=8"]',
  ].join('\n'),
  Dockerfile: [
    'FROM python:3.12-slim AS build',
    'COPY --from=ghcr.io/astral-sh/uv:0.6.14 /uv /bin/uv',
    'WORKDIR /app',
    'ENV UV_COMPILE_BYTECODE=1 UV_LINK_MODE=copy',
    'COPY pyproject.toml uv.lock* ./',
    'RUN uv sync --no-dev --no-install-project',
    'COPY src ./src',
    'RUN uv sync --no-dev',
    '',
    'FROM python:3.12-slim',
    'RUN useradd --uid 10001 --no-create-home --shell /usr/sbin/nologin app',
    'WORKDIR /app',
    'COPY --from=build /app /app',
    'ENV PATH=/app/.venv/bin:$PATH',
    'USER app',
    'EXPOSE 8000',
    'CMD ["uvicorn", "shop.presentation.app:create_app", "--factory", "--host", "0.0.0.0", "--port", "8000"]',
  ].join('\n'),
  '.github/workflows/ci.yml': `name: ci
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: astral-sh/setup-uv@v5
      - run: uv sync
      - run: uv run ruff check .
      - run: uv run lint-imports
      - run: uv run pytest --cov --cov-fail-under=90
      - run: docker build .
`,
  'src/shop/presentation/operability.py': [
    'import structlog',
    'from fastapi import FastAPI',
    'from prometheus_client import make_asgi_app',
    '',
    '',
    'def add_operability(app: FastAPI) -> None:',
    '    app.mount("/metrics", make_asgi_app())',
    '',
    ...health,
  ].join('\n'),
  'openslo.yaml': openslo('0.2'),
  'k8s/base/deployment.yaml': deployment('{ runAsNonRoot: true }'),
};

/** The layout the templates generate since issue 16. */
export const newLayout: Record<string, string> = {
  ...shopPackage,
  'pyproject.toml': [
    '[build-system]',
    'requires = ["hatchling>=1.25"]',
    'build-backend = "hatchling.build"',
    '',
    '[project]',
    'name = "shop"',
    'version = "0.1.0"',
    'dependencies = ["fastapi>=0.115", "prometheus-client>=0.21"]',
    '',
    '[tool.hatch.build.targets.wheel]',
    'packages = ["src/shop"]',
  ].join('\n'),
  'requirements.lock': [
    '# uv pip compile pyproject.toml --generate-hashes -o requirements.lock',
    'fastapi==0.115.6 \\',
    '    --hash=sha256:e9240b29e36fa8f4bb7290316988e90c381e5092e0cbe84e7818cc3713bcf305',
    'prometheus-client==0.21.1 \\',
    '    --hash=sha256:594b45c410d6f4f8888940fe80b5cc2521b305a1fafe1c58609ef715a001f301 \\',
    '    --hash=sha256:252505a722ac04b0456be05c05f75f45d760c2911ffc45f2a06bcaed9f3ae3fb',
  ].join('\n'),
  'requirements-dev.lock': [
    'fastapi==0.115.6 \\',
    '    --hash=sha256:e9240b29e36fa8f4bb7290316988e90c381e5092e0cbe84e7818cc3713bcf305',
    'pytest==8.3.4 \\',
    '    --hash=sha256:965370d062bce11e73868e0335abac31b4d3de0e82f4007408d242b4f8610f4a',
  ].join('\n'),
  '.python-version': '3.11\n',
  Dockerfile: [
    'FROM python:3.11-slim AS build',
    'RUN python -m venv /opt/venv',
    'ENV PATH=/opt/venv/bin:$PATH',
    'WORKDIR /src',
    'COPY requirements.lock ./',
    'RUN pip install --no-cache-dir --require-hashes --no-deps -r requirements.lock',
    'COPY pyproject.toml README.md ./',
    'COPY src ./src',
    'RUN pip install --no-cache-dir --no-deps .',
    '',
    'FROM python:3.11-slim',
    'RUN useradd --uid 10001 --no-create-home --shell /usr/sbin/nologin app',
    'COPY --from=build /opt/venv /opt/venv',
    'WORKDIR /app',
    'COPY alembic.ini ./',
    'COPY migrations ./migrations',
    'ENV PATH=/opt/venv/bin:$PATH PYTHONUNBUFFERED=1',
    'USER 10001:10001',
    'EXPOSE 8000',
    'CMD ["uvicorn", "shop.presentation.app:create_app", "--factory", "--host", "0.0.0.0", "--port", "8000"]',
  ].join('\n'),
  '.github/workflows/ci.yml': `name: ci
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    env:
      SERVICE_DATABASE_URL: postgresql+asyncpg://postgres:postgres@localhost:5432/postgres
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: { python-version-file: .python-version }
      - run: python -m pip install --require-hashes --no-deps -r requirements-dev.lock
      - run: python -m pip install --no-deps .
      - run: ruff check .
      - run: mypy src
      - run: pipx run --spec 'import-linter>=2.3' lint-imports
        env: { PYTHONPATH: src }
      - run: alembic upgrade head
      - run: pytest --cov --cov-fail-under=90
      - run: docker build .
`,
  'src/shop/presentation/operability.py': [
    'import structlog',
    'from fastapi import FastAPI',
    'from prometheus_client import CONTENT_TYPE_LATEST, Counter, Histogram, generate_latest',
    '',
    'LATENCY_BUCKETS = (0.025, 0.05, 0.1, 0.2, 0.25, 0.3, 0.5, 0.75, 1.0, 2.0, 2.5, 5.0, 10.0)',
    '',
    'REQUESTS = Counter(',
    '    "http_requests", "HTTP requests answered.", ["method", "route", "code"]',
    ')',
    'LATENCY = Histogram(',
    '    "http_request_duration_seconds",',
    '    "Time to answer an HTTP request, by route.",',
    '    ["method", "route"],',
    '    buckets=LATENCY_BUCKETS,',
    ')',
    '',
    '',
    'def add_operability(app: FastAPI) -> None:',
    ...health,
  ].join('\n'),
  'openslo.yaml': openslo('0.2'),
  'k8s/base/deployment.yaml': deployment(
    '{ runAsNonRoot: true, runAsUser: 10001, runAsGroup: 10001 }',
  ),
  'k8s/base/migrate-job.yaml': `apiVersion: batch/v1
kind: Job
metadata:
  name: shop-migrate
spec:
  template:
    spec:
      restartPolicy: Never
      securityContext: { runAsNonRoot: true, runAsUser: 10001, runAsGroup: 10001 }
      containers:
        - name: migrate
          image: shop
          command: [alembic, upgrade, head]
`,
};
