"""Runs in the service's CI, against PostgreSQL (SERVICE_DATABASE_URL) migrated by
`alembic upgrade head`: the composition root wires every module to the database."""

import os

import pytest
from fastapi.testclient import TestClient

from ${{ values.package }}.app import create_app

pytestmark = pytest.mark.skipif(
    not os.environ.get("SERVICE_DATABASE_URL"), reason="needs SERVICE_DATABASE_URL"
)
MODULES = [{% for module in values.modules %}"${{ module }}"{% if not loop.last %}, {% endif %}{% endfor %}]


def test_health_and_readiness() -> None:
    with TestClient(create_app()) as client:
        assert client.get("/health").json() == {"status": "ok"}
        assert client.get("/ready").status_code == 200


@pytest.mark.parametrize("module", MODULES)
def test_each_module_creates_then_gets(module: str) -> None:
    with TestClient(create_app()) as client:
        created = client.post(f"/{module}", json={"name": "first"}, headers={"X-Request-ID": "t-1"})
        assert created.status_code == 201
        assert created.headers["X-Request-ID"] == "t-1"
        fetched = client.get(f"/{module}/{created.json()['id']}")
        assert fetched.json()["name"] == "first"
