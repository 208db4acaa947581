from dataclasses import dataclass

from ${{ values.package }}.application.dto import ${{ values.aggregate }}View
from ${{ values.package }}.application.messages import Query
from ${{ values.package }}.application.unit_of_work import UnitOfWork
from ${{ values.package }}.domain.model import ${{ values.aggregate }}Id, ${{ values.aggregate }}NotFound

MAX_PAGE_SIZE = 100


@dataclass(frozen=True)
class Get${{ values.aggregate }}(Query[${{ values.aggregate }}View]):
    ${{ values.aggregateLower }}_id: str


@dataclass(frozen=True)
class List${{ values.aggregatePluralName }}(Query[list[${{ values.aggregate }}View]]):
    limit: int = 20
    offset: int = 0


async def get_${{ values.aggregateLower }}(query: Get${{ values.aggregate }}, uow: UnitOfWork) -> ${{ values.aggregate }}View:
    async with uow:
        found = await uow.${{ values.aggregatePlural }}.get(${{ values.aggregate }}Id.parse(query.${{ values.aggregateLower }}_id))
    if found is None:
        raise ${{ values.aggregate }}NotFound(query.${{ values.aggregateLower }}_id)
    return ${{ values.aggregate }}View.of(found)


async def list_${{ values.aggregatePlural }}(query: List${{ values.aggregatePluralName }}, uow: UnitOfWork) -> list[${{ values.aggregate }}View]:
    if not 1 <= query.limit <= MAX_PAGE_SIZE:
        raise ValueError(f"limit must be between 1 and {MAX_PAGE_SIZE}")
    if query.offset < 0:
        raise ValueError("offset must not be negative")
    async with uow:
        items = await uow.${{ values.aggregatePlural }}.list(query.limit, query.offset)
    return [${{ values.aggregate }}View.of(item) for item in items]
