from ${{ values.package }}.application.dto import ${{ values.aggregate }}View
from ${{ values.package }}.application.unit_of_work import UnitOfWork
from ${{ values.package }}.domain.model import ${{ values.aggregate }}, ${{ values.aggregate }}Id

MAX_PAGE_SIZE = 100


class ${{ values.aggregate }}NotFound(LookupError):
    """No ${{ values.aggregate }} has the requested id."""


async def create_${{ values.aggregateLower }}(uow: UnitOfWork, name: str) -> ${{ values.aggregate }}View:
    ${{ values.aggregateLower }} = ${{ values.aggregate }}.create(name)
    async with uow:
        await uow.${{ values.aggregateLower }}s.add(${{ values.aggregateLower }})
        await uow.commit()
    await uow.publish(${{ values.aggregateLower }}.events)
    return ${{ values.aggregate }}View.of(${{ values.aggregateLower }})


async def get_${{ values.aggregateLower }}(uow: UnitOfWork, ${{ values.aggregateLower }}_id: str) -> ${{ values.aggregate }}View:
    async with uow:
        found = await uow.${{ values.aggregateLower }}s.get(${{ values.aggregate }}Id.parse(${{ values.aggregateLower }}_id))
    if found is None:
        raise ${{ values.aggregate }}NotFound(${{ values.aggregateLower }}_id)
    return ${{ values.aggregate }}View.of(found)


async def list_${{ values.aggregateLower }}s(uow: UnitOfWork, limit: int = 20, offset: int = 0) -> list[${{ values.aggregate }}View]:
    if not 1 <= limit <= MAX_PAGE_SIZE:
        raise ValueError(f"limit must be between 1 and {MAX_PAGE_SIZE}")
    if offset < 0:
        raise ValueError("offset must not be negative")
    async with uow:
        return [${{ values.aggregate }}View.of(item) for item in await uow.${{ values.aggregateLower }}s.list(limit, offset)]
