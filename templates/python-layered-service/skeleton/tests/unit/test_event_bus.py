import asyncio
import json

import pytest
from fakes import FakeUnitOfWork

from ${{ values.package }}.application.event_bus import EventBus
from ${{ values.package }}.application.event_publisher import to_wire
from ${{ values.package }}.domain.events import DomainEvent, ${{ values.aggregate }}Created, ${{ values.aggregate }}Renamed
from ${{ values.package }}.domain.model import ${{ values.aggregate }}

run = asyncio.run


def recorder() -> tuple[list[DomainEvent], EventBus]:
    seen: list[DomainEvent] = []

    async def record(event: DomainEvent) -> None:
        seen.append(event)

    return seen, EventBus({DomainEvent: [record]})


def test_commit_stores_the_events_of_every_seen_${{ values.aggregateLower }}_then_dispatches_them_once() -> None:
    seen, bus = recorder()
    uow = FakeUnitOfWork(bus)

    async def scenario() -> ${{ values.aggregate }}:
        ${{ values.aggregateLower }} = ${{ values.aggregate }}.create("first")
        async with uow:
            await uow.${{ values.aggregatePlural }}.add(${{ values.aggregateLower }})
            ${{ values.aggregateLower }}.rename("second")
            await uow.commit()
            await uow.commit()
        return ${{ values.aggregateLower }}

    ${{ values.aggregateLower }} = run(scenario())
    expected = [
        ${{ values.aggregate }}Created(${{ values.aggregateLower }}_id=str(${{ values.aggregateLower }}.id), name="first"),
        ${{ values.aggregate }}Renamed(${{ values.aggregateLower }}_id=str(${{ values.aggregateLower }}.id), name="second", version=2),
    ]
    assert uow.outbox == expected
    assert seen == expected
    assert ${{ values.aggregateLower }}.events == []


def test_events_of_a_unit_of_work_that_is_not_committed_go_nowhere() -> None:
    seen, bus = recorder()
    uow = FakeUnitOfWork(bus)

    async def scenario() -> None:
        async with uow:
            await uow.${{ values.aggregatePlural }}.add(${{ values.aggregate }}.create("first"))

    run(scenario())
    assert (uow.outbox, seen) == ([], [])


def test_handlers_are_chosen_by_the_event_type_and_its_bases() -> None:
    calls: list[str] = []

    async def on_any(event: DomainEvent) -> None:
        calls.append(f"any {type(event).__name__}")

    async def on_renamed(event: DomainEvent) -> None:
        calls.append("renamed")

    bus = EventBus({DomainEvent: [on_any], ${{ values.aggregate }}Renamed: [on_renamed]})
    run(bus.dispatch([${{ values.aggregate }}Created(${{ values.aggregateLower }}_id="1", name="a"), ${{ values.aggregate }}Renamed(${{ values.aggregateLower }}_id="1", name="b", version=2)]))
    assert calls == ["any ${{ values.aggregate }}Created", "renamed", "any ${{ values.aggregate }}Renamed"]


def test_a_failing_handler_is_logged_and_the_others_still_run(caplog: pytest.LogCaptureFixture) -> None:
    calls: list[str] = []

    async def broken(event: DomainEvent) -> None:
        raise RuntimeError("broken handler")

    async def working(event: DomainEvent) -> None:
        calls.append("ran")

    run(EventBus({DomainEvent: [broken, working]}).dispatch([${{ values.aggregate }}Created(${{ values.aggregateLower }}_id="1", name="a")]))
    assert calls == ["ran"]
    assert "broken handler" in caplog.text


def test_an_event_travels_as_its_type_and_json_fields() -> None:
    kind, data = to_wire(${{ values.aggregate }}Created(${{ values.aggregateLower }}_id="42", name="first"))
    assert kind == "${{ values.aggregate }}Created"
    assert json.loads(data) == {"${{ values.aggregateLower }}_id": "42", "name": "first"}
