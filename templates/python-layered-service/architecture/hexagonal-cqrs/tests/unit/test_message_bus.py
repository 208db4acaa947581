import asyncio
from dataclasses import dataclass

import pytest
from fakes import FakeUnitOfWork

from ${{ values.package }}.application.commands import Archive${{ values.aggregate }}, Create${{ values.aggregate }}, Rename${{ values.aggregate }}
from ${{ values.package }}.application.message_bus import MessageBus, UnknownMessage
from ${{ values.package }}.application.messages import Command
from ${{ values.package }}.application.queries import Get${{ values.aggregate }}, List${{ values.aggregatePluralName }}
from ${{ values.package }}.domain.events import ${{ values.aggregate }}Archived, ${{ values.aggregate }}Created, ${{ values.aggregate }}Renamed
from ${{ values.package }}.domain.model import Invalid${{ values.aggregate }}, ${{ values.aggregate }}Conflict, ${{ values.aggregate }}Id, ${{ values.aggregate }}NotFound

run = asyncio.run


def test_a_command_stores_commits_and_writes_the_event_to_the_outbox() -> None:
    uow = FakeUnitOfWork()
    view = run(MessageBus(uow).execute(Create${{ values.aggregate }}(name="  first  ")))
    assert (view.name, view.version) == ("first", 1)
    assert uow.committed
    assert uow.outbox == [${{ values.aggregate }}Created(${{ values.aggregateLower }}_id=view.id, name="first")]


@pytest.mark.parametrize("name", ["", "   ", "x" * 121])
def test_a_command_with_a_bad_name_changes_nothing(name: str) -> None:
    uow = FakeUnitOfWork()
    with pytest.raises(Invalid${{ values.aggregate }}):
        run(MessageBus(uow).execute(Create${{ values.aggregate }}(name=name)))
    assert not uow.committed


def test_rename_and_archive_commands_move_the_version_on() -> None:
    uow = FakeUnitOfWork()
    bus = MessageBus(uow)
    created = run(bus.execute(Create${{ values.aggregate }}(name="first")))
    run(bus.execute(Rename${{ values.aggregate }}(created.id, name="second", version=1)))
    archived = run(bus.execute(Archive${{ values.aggregate }}(created.id, version=2)))
    assert (archived.name, archived.status, archived.version) == ("second", "archived", 3)
    assert uow.outbox[1:] == [
        ${{ values.aggregate }}Renamed(${{ values.aggregateLower }}_id=created.id, name="second", version=2),
        ${{ values.aggregate }}Archived(${{ values.aggregateLower }}_id=created.id, version=3),
    ]


def test_a_command_on_a_stale_version_or_an_archived_${{ values.aggregateLower }}_is_a_conflict() -> None:
    bus = MessageBus(FakeUnitOfWork())
    created = run(bus.execute(Create${{ values.aggregate }}(name="first")))
    with pytest.raises(${{ values.aggregate }}Conflict):
        run(bus.execute(Rename${{ values.aggregate }}(created.id, name="second", version=2)))
    run(bus.execute(Archive${{ values.aggregate }}(created.id, version=1)))
    with pytest.raises(${{ values.aggregate }}Conflict):
        run(bus.execute(Rename${{ values.aggregate }}(created.id, name="second", version=2)))


def test_a_query_reads_what_a_command_wrote() -> None:
    bus = MessageBus(FakeUnitOfWork())
    created = run(bus.execute(Create${{ values.aggregate }}(name="first")))
    assert run(bus.ask(Get${{ values.aggregate }}(created.id))) == created


def test_an_unknown_id_is_not_found() -> None:
    bus = MessageBus(FakeUnitOfWork())
    with pytest.raises(${{ values.aggregate }}NotFound):
        run(bus.ask(Get${{ values.aggregate }}(str(${{ values.aggregate }}Id.new()))))
    with pytest.raises(${{ values.aggregate }}NotFound):
        run(bus.execute(Archive${{ values.aggregate }}(str(${{ values.aggregate }}Id.new()), version=1)))


def test_a_query_for_a_malformed_id_is_invalid() -> None:
    with pytest.raises(Invalid${{ values.aggregate }}):
        run(MessageBus(FakeUnitOfWork()).ask(Get${{ values.aggregate }}("not-a-uuid")))


def test_the_list_query_pages_in_creation_order() -> None:
    bus = MessageBus(FakeUnitOfWork())
    names = [run(bus.execute(Create${{ values.aggregate }}(name=f"item {i}"))).name for i in range(3)]
    assert [v.name for v in run(bus.ask(List${{ values.aggregatePluralName }}(limit=2)))] == names[:2]
    assert [v.name for v in run(bus.ask(List${{ values.aggregatePluralName }}(limit=2, offset=2)))] == names[2:]


@pytest.mark.parametrize(("limit", "offset"), [(0, 0), (101, 0), (10, -1)])
def test_the_list_query_refuses_a_bad_page(limit: int, offset: int) -> None:
    with pytest.raises(ValueError):
        run(MessageBus(FakeUnitOfWork()).ask(List${{ values.aggregatePluralName }}(limit=limit, offset=offset)))


def test_a_message_without_a_handler_is_refused() -> None:
    @dataclass(frozen=True)
    class Unhandled(Command[None]):
        pass

    with pytest.raises(UnknownMessage, match="Unhandled"):
        run(MessageBus(FakeUnitOfWork()).execute(Unhandled()))
