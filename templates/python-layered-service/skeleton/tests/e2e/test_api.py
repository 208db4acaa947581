"""Runs in the service's CI, against PostgreSQL (SERVICE_DATABASE_URL) migrated by
`alembic upgrade head`."""

import os

import pytest
from fastapi.testclient import TestClient

from ${{ values.package }}.presentation.app import create_app

pytestmark = pytest.mark.skipif(
    not os.environ.get("SERVICE_DATABASE_URL"), reason="needs SERVICE_DATABASE_URL"
)


def test_create_rename_archive_with_optimistic_concurrency() -> None:
    with TestClient(create_app()) as client:
        assert client.get("/health").json() == {"status": "ok"}
        created = client.post("/${{ values.aggregatePlural }}", json={"name": "first"}, headers={"X-Request-ID": "t-1"})
        assert created.status_code == 201
        assert created.headers["X-Request-ID"] == "t-1"
        url = f"/${{ values.aggregatePlural }}/{created.json()['id']}"
        assert client.get(url).json()["name"] == "first"

        renamed = client.patch(url, json={"name": "second", "version": 1})
        assert (renamed.status_code, renamed.json()["version"]) == (200, 2)
        stale = client.patch(url, json={"name": "third", "version": 1})
        assert stale.status_code == 409
        assert client.patch(url, json={"name": " ", "version": 2}).status_code == 422
        archived = client.post(f"{url}/archive", json={"version": 2})
        assert archived.json()["status"] == "archived"
        assert client.patch(url, json={"name": "third", "version": 3}).status_code == 409
        assert client.get("/${{ values.aggregatePlural }}/not-a-uuid").status_code == 404
