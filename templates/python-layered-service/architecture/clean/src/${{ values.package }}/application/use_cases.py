from ${{ values.package }}.application.dto import ${{ values.aggregate }}View
from ${{ values.package }}.application.unit_of_work import UnitOfWork
from ${{ values.package }}.domain.model import ${{ values.aggregate }}, ${{ values.aggregate }}Id, ${{ values.aggregate }}NotFound

MAX_PAGE_SIZE = 100


async def create_${{ values.aggregateLower }}(uow: UnitOfWork, name: str) -> ${{ values.aggregate }}View:
    ${{ values.aggregateLower }} = ${{ values.aggregate }}.create(name)
    async with uow:
        await uow.${{ values.aggregatePlural }}.add(${{ values.aggregateLower }})
        await uow.commit()
    return ${{ values.aggregate }}View.of(${{ values.aggregateLower }})


async def _load(uow: UnitOfWork, ${{ values.aggregateLower }}_id: str) -> ${{ values.aggregate }}:
    found = await uow.${{ values.aggregatePlural }}.get(${{ values.aggregate }}Id.parse(${{ values.aggregateLower }}_id))
    if found is None:
        raise ${{ values.aggregate }}NotFound(${{ values.aggregateLower }}_id)
    return found


async def rename_${{ values.aggregateLower }}(uow: UnitOfWork, ${{ values.aggregateLower }}_id: str, name: str, version: int) -> ${{ values.aggregate }}View:
    async with uow:
        ${{ values.aggregateLower }} = await _load(uow, ${{ values.aggregateLower }}_id)
        ${{ values.aggregateLower }}.expect_version(version)
        ${{ values.aggregateLower }}.rename(name)
        await uow.commit()
    return ${{ values.aggregate }}View.of(${{ values.aggregateLower }})


async def archive_${{ values.aggregateLower }}(uow: UnitOfWork, ${{ values.aggregateLower }}_id: str, version: int) -> ${{ values.aggregate }}View:
    async with uow:
        ${{ values.aggregateLower }} = await _load(uow, ${{ values.aggregateLower }}_id)
        ${{ values.aggregateLower }}.expect_version(version)
        ${{ values.aggregateLower }}.archive()
        await uow.commit()
    return ${{ values.aggregate }}View.of(${{ values.aggregateLower }})


async def get_${{ values.aggregateLower }}(uow: UnitOfWork, ${{ values.aggregateLower }}_id: str) -> ${{ values.aggregate }}View:
    async with uow:
        return ${{ values.aggregate }}View.of(await _load(uow, ${{ values.aggregateLower }}_id))


async def list_${{ values.aggregatePlural }}(uow: UnitOfWork, limit: int = 20, offset: int = 0) -> list[${{ values.aggregate }}View]:
    if not 1 <= limit <= MAX_PAGE_SIZE:
        raise ValueError(f"limit must be between 1 and {MAX_PAGE_SIZE}")
    if offset < 0:
        raise ValueError("offset must not be negative")
    async with uow:
        return [${{ values.aggregate }}View.of(item) for item in await uow.${{ values.aggregatePlural }}.list(limit, offset)]
