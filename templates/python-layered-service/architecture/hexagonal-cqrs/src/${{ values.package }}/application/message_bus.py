from collections.abc import Awaitable, Callable
from typing import Any, TypeVar, cast

from ${{ values.package }}.application import commands, queries
from ${{ values.package }}.application.messages import Command, Query
from ${{ values.package }}.application.unit_of_work import UnitOfWork

R = TypeVar("R")
Handler = Callable[[Any, UnitOfWork], Awaitable[Any]]

COMMAND_HANDLERS: dict[type[Command[Any]], Handler] = {
    commands.Create${{ values.aggregate }}: commands.create_${{ values.aggregateLower }},
    commands.Rename${{ values.aggregate }}: commands.rename_${{ values.aggregateLower }},
    commands.Archive${{ values.aggregate }}: commands.archive_${{ values.aggregateLower }},
}
QUERY_HANDLERS: dict[type[Query[Any]], Handler] = {
    queries.Get${{ values.aggregate }}: queries.get_${{ values.aggregateLower }},
    queries.List${{ values.aggregatePluralName }}: queries.list_${{ values.aggregatePlural }},
}


class UnknownMessage(LookupError):
    """No handler is registered for a command or query."""


class MessageBus:
    """Routes each command and query to its one handler, within one unit of work;
    the unit of work hands the events a command raised to the event bus once it
    has committed them."""

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    async def execute(self, command: Command[R]) -> R:
        return cast(R, await self._handle(COMMAND_HANDLERS, command))

    async def ask(self, query: Query[R]) -> R:
        return cast(R, await self._handle(QUERY_HANDLERS, query))

    async def _handle(self, handlers: dict[Any, Handler], message: object) -> Any:
        handler = handlers.get(type(message))
        if handler is None:
            raise UnknownMessage(type(message).__name__)
        return await handler(message, self._uow)
