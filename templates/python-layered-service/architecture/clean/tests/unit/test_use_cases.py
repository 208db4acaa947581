import asyncio

import pytest
from fakes import FakeUnitOfWork

from ${{ values.package }}.application.use_cases import (
    archive_${{ values.aggregateLower }},
    create_${{ values.aggregateLower }},
    get_${{ values.aggregateLower }},
    list_${{ values.aggregatePlural }},
    rename_${{ values.aggregateLower }},
)
from ${{ values.package }}.domain.events import ${{ values.aggregate }}Archived, ${{ values.aggregate }}Created, ${{ values.aggregate }}Renamed
from ${{ values.package }}.domain.model import Invalid${{ values.aggregate }}, ${{ values.aggregate }}Conflict, ${{ values.aggregate }}Id, ${{ values.aggregate }}NotFound

run = asyncio.run


def test_create_stores_commits_and_writes_the_event_to_the_outbox() -> None:
    uow = FakeUnitOfWork()
    view = run(create_${{ values.aggregateLower }}(uow, "  first  "))
    assert (view.name, view.status, view.version) == ("first", "active", 1)
    assert uow.committed
    assert uow.outbox == [${{ values.aggregate }}Created(${{ values.aggregateLower }}_id=view.id, name="first")]


@pytest.mark.parametrize("name", ["", "   ", "x" * 121])
def test_create_refuses_a_bad_name(name: str) -> None:
    uow = FakeUnitOfWork()
    with pytest.raises(Invalid${{ values.aggregate }}):
        run(create_${{ values.aggregateLower }}(uow, name))
    assert not uow.committed


def test_rename_then_archive_move_the_version_on() -> None:
    uow = FakeUnitOfWork()
    created = run(create_${{ values.aggregateLower }}(uow, "first"))
    renamed = run(rename_${{ values.aggregateLower }}(uow, created.id, "second", version=1))
    archived = run(archive_${{ values.aggregateLower }}(uow, created.id, version=2))
    assert (renamed.name, renamed.version) == ("second", 2)
    assert (archived.status, archived.version) == ("archived", 3)
    assert uow.outbox[1:] == [
        ${{ values.aggregate }}Renamed(${{ values.aggregateLower }}_id=created.id, name="second", version=2),
        ${{ values.aggregate }}Archived(${{ values.aggregateLower }}_id=created.id, version=3),
    ]


def test_a_change_on_a_stale_version_is_a_conflict_and_changes_nothing() -> None:
    uow = FakeUnitOfWork()
    created = run(create_${{ values.aggregateLower }}(uow, "first"))
    run(rename_${{ values.aggregateLower }}(uow, created.id, "second", version=1))
    with pytest.raises(${{ values.aggregate }}Conflict):
        run(rename_${{ values.aggregateLower }}(uow, created.id, "third", version=1))
    assert run(get_${{ values.aggregateLower }}(uow, created.id)).name == "second"


def test_an_archived_${{ values.aggregateLower }}_cannot_be_renamed() -> None:
    uow = FakeUnitOfWork()
    created = run(create_${{ values.aggregateLower }}(uow, "first"))
    run(archive_${{ values.aggregateLower }}(uow, created.id, version=1))
    with pytest.raises(${{ values.aggregate }}Conflict):
        run(rename_${{ values.aggregateLower }}(uow, created.id, "second", version=2))


def test_get_returns_what_was_created() -> None:
    uow = FakeUnitOfWork()
    created = run(create_${{ values.aggregateLower }}(uow, "first"))
    assert run(get_${{ values.aggregateLower }}(uow, created.id)) == created


def test_an_unknown_id_is_not_found() -> None:
    unknown = str(${{ values.aggregate }}Id.new())
    with pytest.raises(${{ values.aggregate }}NotFound):
        run(get_${{ values.aggregateLower }}(FakeUnitOfWork(), unknown))
    with pytest.raises(${{ values.aggregate }}NotFound):
        run(rename_${{ values.aggregateLower }}(FakeUnitOfWork(), unknown, "x", version=1))


def test_get_of_a_malformed_id_is_invalid() -> None:
    with pytest.raises(Invalid${{ values.aggregate }}):
        run(get_${{ values.aggregateLower }}(FakeUnitOfWork(), "not-a-uuid"))


def test_list_pages_in_creation_order() -> None:
    uow = FakeUnitOfWork()
    names = [run(create_${{ values.aggregateLower }}(uow, f"item {i}")).name for i in range(3)]
    assert [v.name for v in run(list_${{ values.aggregatePlural }}(uow, limit=2))] == names[:2]
    assert [v.name for v in run(list_${{ values.aggregatePlural }}(uow, limit=2, offset=2))] == names[2:]


@pytest.mark.parametrize(("limit", "offset"), [(0, 0), (101, 0), (10, -1)])
def test_list_refuses_a_bad_page(limit: int, offset: int) -> None:
    with pytest.raises(ValueError):
        run(list_${{ values.aggregatePlural }}(FakeUnitOfWork(), limit=limit, offset=offset))
