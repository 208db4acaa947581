import asyncio

import pytest
from ${{ values.module }}_fakes import InMemory${{ values.entity }}Repository

from ${{ values.package }}.modules.${{ values.module }}.services.service import ${{ values.entity }}NotFound, ${{ values.entity }}Service
from ${{ values.package }}.modules.${{ values.module }}.types.model import Invalid${{ values.entity }}, ${{ values.entity }}Created, ${{ values.entity }}Id
from ${{ values.package }}.shared.events import DomainEvent

run = asyncio.run


def service() -> tuple[${{ values.entity }}Service, list[DomainEvent]]:
    published: list[DomainEvent] = []
    return ${{ values.entity }}Service(InMemory${{ values.entity }}Repository(), published.append), published


def test_create_stores_and_publishes() -> None:
    items, published = service()
    view = run(items.create("  first  "))
    assert view.name == "first"
    assert [type(event) for event in published] == [${{ values.entity }}Created]
    assert run(items.get(view.id)) == view


@pytest.mark.parametrize("name", ["", "   ", "x" * 121])
def test_create_refuses_a_bad_name(name: str) -> None:
    items, published = service()
    with pytest.raises(Invalid${{ values.entity }}):
        run(items.create(name))
    assert published == []


def test_get_of_an_unknown_id_is_not_found() -> None:
    with pytest.raises(${{ values.entity }}NotFound):
        run(service()[0].get(str(${{ values.entity }}Id.new())))


def test_get_of_a_malformed_id_is_invalid() -> None:
    with pytest.raises(Invalid${{ values.entity }}):
        run(service()[0].get("not-a-uuid"))


def test_list_pages_in_creation_order() -> None:
    items, _ = service()
    names = [run(items.create(f"item {i}")).name for i in range(3)]
    assert [v.name for v in run(items.list(limit=2))] == names[:2]
    assert [v.name for v in run(items.list(limit=2, offset=2))] == names[2:]


@pytest.mark.parametrize(("limit", "offset"), [(0, 0), (101, 0), (10, -1)])
def test_list_refuses_a_bad_page(limit: int, offset: int) -> None:
    with pytest.raises(ValueError):
        run(service()[0].list(limit=limit, offset=offset))
