import asyncio
from dataclasses import dataclass

import pytest
from fakes import FakeUnitOfWork

from ${{ values.package }}.application.commands import Create${{ values.aggregate }}
from ${{ values.package }}.application.message_bus import MessageBus, UnknownMessage
from ${{ values.package }}.application.messages import Command
from ${{ values.package }}.application.queries import Get${{ values.aggregate }}, List${{ values.aggregate }}s, ${{ values.aggregate }}NotFound
from ${{ values.package }}.domain.events import ${{ values.aggregate }}Created
from ${{ values.package }}.domain.model import Invalid${{ values.aggregate }}, ${{ values.aggregate }}Id

run = asyncio.run


def test_a_command_stores_commits_and_publishes() -> None:
    uow = FakeUnitOfWork()
    view = run(MessageBus(uow).execute(Create${{ values.aggregate }}(name="  first  ")))
    assert view.name == "first"
    assert uow.committed
    assert uow.published == [${{ values.aggregate }}Created(${{ values.aggregateLower }}_id=view.id, name="first")]


@pytest.mark.parametrize("name", ["", "   ", "x" * 121])
def test_a_command_with_a_bad_name_changes_nothing(name: str) -> None:
    uow = FakeUnitOfWork()
    with pytest.raises(Invalid${{ values.aggregate }}):
        run(MessageBus(uow).execute(Create${{ values.aggregate }}(name=name)))
    assert not uow.committed


def test_a_query_reads_what_a_command_wrote() -> None:
    bus = MessageBus(FakeUnitOfWork())
    created = run(bus.execute(Create${{ values.aggregate }}(name="first")))
    assert run(bus.ask(Get${{ values.aggregate }}(created.id))) == created


def test_a_query_for_an_unknown_id_is_not_found() -> None:
    with pytest.raises(${{ values.aggregate }}NotFound):
        run(MessageBus(FakeUnitOfWork()).ask(Get${{ values.aggregate }}(str(${{ values.aggregate }}Id.new()))))


def test_a_query_for_a_malformed_id_is_invalid() -> None:
    with pytest.raises(Invalid${{ values.aggregate }}):
        run(MessageBus(FakeUnitOfWork()).ask(Get${{ values.aggregate }}("not-a-uuid")))


def test_the_list_query_pages_in_creation_order() -> None:
    bus = MessageBus(FakeUnitOfWork())
    names = [run(bus.execute(Create${{ values.aggregate }}(name=f"item {i}"))).name for i in range(3)]
    assert [v.name for v in run(bus.ask(List${{ values.aggregate }}s(limit=2)))] == names[:2]
    assert [v.name for v in run(bus.ask(List${{ values.aggregate }}s(limit=2, offset=2)))] == names[2:]


@pytest.mark.parametrize(("limit", "offset"), [(0, 0), (101, 0), (10, -1)])
def test_the_list_query_refuses_a_bad_page(limit: int, offset: int) -> None:
    with pytest.raises(ValueError):
        run(MessageBus(FakeUnitOfWork()).ask(List${{ values.aggregate }}s(limit=limit, offset=offset)))


def test_a_message_without_a_handler_is_refused() -> None:
    @dataclass(frozen=True)
    class Unhandled(Command[None]):
        pass

    with pytest.raises(UnknownMessage, match="Unhandled"):
        run(MessageBus(FakeUnitOfWork()).execute(Unhandled()))
