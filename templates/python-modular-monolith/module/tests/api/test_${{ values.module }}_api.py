"""The HTTP contract of ${{ values.module }}: status codes and bodies, on an in-memory unit of work."""

import uuid

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from ${{ values.module }}_fakes import Fake${{ values.entity }}UnitOfWork

from ${{ values.package }}.modules.${{ values.module }}.api.routes import router
from ${{ values.package }}.modules.${{ values.module }}.services.service import ${{ values.entity }}Service


@pytest.fixture
def client() -> TestClient:
    app = FastAPI()
    uow = Fake${{ values.entity }}UnitOfWork()
    app.state.${{ values.module }} = ${{ values.entity }}Service(lambda: uow)
    app.include_router(router)
    return TestClient(app)


def test_create_answers_201_with_the_stored_item(client: TestClient) -> None:
    created = client.post("/${{ values.module }}", json={"name": "  first  "})
    assert created.status_code == 201
    body = created.json()
    assert body["name"] == "first"
    assert client.get(f"/${{ values.module }}/{body['id']}").json() == body


@pytest.mark.parametrize("body", [{}, {"name": ""}, {"name": "x" * 121}, {"name": 7}])
def test_create_refuses_a_bad_body_with_422(client: TestClient, body: dict[str, object]) -> None:
    assert client.post("/${{ values.module }}", json=body).status_code == 422


def test_create_refuses_a_blank_name_with_422(client: TestClient) -> None:
    refused = client.post("/${{ values.module }}", json={"name": "   "})
    assert refused.status_code == 422
    assert "1 to 120 characters" in refused.json()["detail"]


@pytest.mark.parametrize("item_id", [str(uuid.uuid4()), "not-a-uuid"])
def test_get_of_an_unknown_or_malformed_id_is_404(client: TestClient, item_id: str) -> None:
    assert client.get(f"/${{ values.module }}/{item_id}").status_code == 404


def test_list_pages_and_refuses_a_bad_page(client: TestClient) -> None:
    ids = [client.post("/${{ values.module }}", json={"name": f"item {i}"}).json()["id"] for i in range(3)]
    assert [item["id"] for item in client.get("/${{ values.module }}", params={"limit": 2}).json()] == ids[:2]
    assert [item["id"] for item in client.get("/${{ values.module }}", params={"offset": 2}).json()] == ids[2:]
    assert client.get("/${{ values.module }}", params={"limit": 0}).status_code == 422
    assert client.get("/${{ values.module }}", params={"limit": 101}).status_code == 422
    assert client.get("/${{ values.module }}", params={"offset": -1}).status_code == 422
