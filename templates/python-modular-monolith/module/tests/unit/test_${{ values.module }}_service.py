import asyncio

import pytest
from ${{ values.module }}_fakes import Fake${{ values.entity }}UnitOfWork

from ${{ values.package }}.modules.${{ values.module }}.services.service import ${{ values.entity }}NotFound, ${{ values.entity }}Service
from ${{ values.package }}.modules.${{ values.module }}.types.model import Invalid${{ values.entity }}, ${{ values.entity }}Created, ${{ values.entity }}Id
from ${{ values.package }}.shared.event_bus import EventBus
from ${{ values.package }}.shared.events import DomainEvent

run = asyncio.run


def service() -> tuple[${{ values.entity }}Service, Fake${{ values.entity }}UnitOfWork, list[DomainEvent]]:
    dispatched: list[DomainEvent] = []

    async def record(event: DomainEvent) -> None:
        dispatched.append(event)

    uow = Fake${{ values.entity }}UnitOfWork(EventBus({DomainEvent: [record]}))
    return ${{ values.entity }}Service(lambda: uow), uow, dispatched


def test_create_commits_then_the_bus_dispatches_the_event_once() -> None:
    items, uow, dispatched = service()
    view = run(items.create("  first  "))
    assert view.name == "first"
    assert uow.commits == 1
    created = [e for e in dispatched if isinstance(e, ${{ values.entity }}Created) and e.item_id == view.id]
    assert created == dispatched
    assert run(items.get(view.id)) == view
    assert len(dispatched) == 1


@pytest.mark.parametrize("name", ["", "   ", "x" * 121])
def test_create_refuses_a_bad_name_and_commits_nothing(name: str) -> None:
    items, uow, dispatched = service()
    with pytest.raises(Invalid${{ values.entity }}):
        run(items.create(name))
    assert (uow.commits, dispatched) == (0, [])


def test_a_failing_handler_does_not_undo_the_commit(caplog: pytest.LogCaptureFixture) -> None:
    async def broken(event: DomainEvent) -> None:
        raise RuntimeError("broken handler")

    uow = Fake${{ values.entity }}UnitOfWork(EventBus({DomainEvent: [broken]}))
    view = run(${{ values.entity }}Service(lambda: uow).create("kept"))
    assert run(${{ values.entity }}Service(lambda: uow).get(view.id)).name == "kept"
    assert "broken handler" in caplog.text


def test_get_of_an_unknown_id_is_not_found() -> None:
    with pytest.raises(${{ values.entity }}NotFound):
        run(service()[0].get(str(${{ values.entity }}Id.new())))


def test_get_of_a_malformed_id_is_invalid() -> None:
    with pytest.raises(Invalid${{ values.entity }}):
        run(service()[0].get("not-a-uuid"))


def test_list_pages_in_creation_order() -> None:
    items, _, _ = service()
    names = [run(items.create(f"item {i}")).name for i in range(3)]
    assert [v.name for v in run(items.list(limit=2))] == names[:2]
    assert [v.name for v in run(items.list(limit=2, offset=2))] == names[2:]


@pytest.mark.parametrize(("limit", "offset"), [(0, 0), (101, 0), (10, -1)])
def test_list_refuses_a_bad_page(limit: int, offset: int) -> None:
    with pytest.raises(ValueError):
        run(service()[0].list(limit=limit, offset=offset))
