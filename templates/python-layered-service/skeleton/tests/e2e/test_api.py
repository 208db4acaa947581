"""Runs in the service's CI, against PostgreSQL (SERVICE_DATABASE_URL) migrated by
`alembic upgrade head`."""

import os

import pytest
from fastapi.testclient import TestClient

from ${{ values.package }}.presentation.app import create_app

pytestmark = pytest.mark.skipif(
    not os.environ.get("SERVICE_DATABASE_URL"), reason="needs SERVICE_DATABASE_URL"
)


def test_create_then_get() -> None:
    with TestClient(create_app()) as client:
        assert client.get("/health").json() == {"status": "ok"}
        created = client.post("/${{ values.aggregateLower }}s", json={"name": "first"}, headers={"X-Request-ID": "t-1"})
        assert created.status_code == 201
        assert created.headers["X-Request-ID"] == "t-1"
        fetched = client.get(f"/${{ values.aggregateLower }}s/{created.json()['id']}")
        assert fetched.json()["name"] == "first"
