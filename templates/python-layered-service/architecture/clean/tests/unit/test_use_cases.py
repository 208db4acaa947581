import asyncio

import pytest
from fakes import FakeUnitOfWork

from ${{ values.package }}.application.use_cases import (
    ${{ values.aggregate }}NotFound,
    create_${{ values.aggregateLower }},
    get_${{ values.aggregateLower }},
    list_${{ values.aggregateLower }}s,
)
from ${{ values.package }}.domain.events import ${{ values.aggregate }}Created
from ${{ values.package }}.domain.model import Invalid${{ values.aggregate }}, ${{ values.aggregate }}Id

run = asyncio.run


def test_create_stores_commits_and_publishes() -> None:
    uow = FakeUnitOfWork()
    view = run(create_${{ values.aggregateLower }}(uow, "  first  "))
    assert view.name == "first"
    assert uow.committed
    assert uow.published == [${{ values.aggregate }}Created(${{ values.aggregateLower }}_id=view.id, name="first")]


@pytest.mark.parametrize("name", ["", "   ", "x" * 121])
def test_create_refuses_a_bad_name(name: str) -> None:
    uow = FakeUnitOfWork()
    with pytest.raises(Invalid${{ values.aggregate }}):
        run(create_${{ values.aggregateLower }}(uow, name))
    assert not uow.committed


def test_get_returns_what_was_created() -> None:
    uow = FakeUnitOfWork()
    created = run(create_${{ values.aggregateLower }}(uow, "first"))
    assert run(get_${{ values.aggregateLower }}(uow, created.id)) == created


def test_get_of_an_unknown_id_is_not_found() -> None:
    with pytest.raises(${{ values.aggregate }}NotFound):
        run(get_${{ values.aggregateLower }}(FakeUnitOfWork(), str(${{ values.aggregate }}Id.new())))


def test_get_of_a_malformed_id_is_invalid() -> None:
    with pytest.raises(Invalid${{ values.aggregate }}):
        run(get_${{ values.aggregateLower }}(FakeUnitOfWork(), "not-a-uuid"))


def test_list_pages_in_creation_order() -> None:
    uow = FakeUnitOfWork()
    names = [run(create_${{ values.aggregateLower }}(uow, f"item {i}")).name for i in range(3)]
    assert [v.name for v in run(list_${{ values.aggregateLower }}s(uow, limit=2))] == names[:2]
    assert [v.name for v in run(list_${{ values.aggregateLower }}s(uow, limit=2, offset=2))] == names[2:]


@pytest.mark.parametrize(("limit", "offset"), [(0, 0), (101, 0), (10, -1)])
def test_list_refuses_a_bad_page(limit: int, offset: int) -> None:
    with pytest.raises(ValueError):
        run(list_${{ values.aggregateLower }}s(FakeUnitOfWork(), limit=limit, offset=offset))


def test_id_round_trips_through_text() -> None:
    id_ = ${{ values.aggregate }}Id.new()
    assert ${{ values.aggregate }}Id.parse(str(id_)) == id_
