from dataclasses import dataclass

from ${{ values.package }}.application.dto import ${{ values.aggregate }}View
from ${{ values.package }}.application.messages import Command
from ${{ values.package }}.application.unit_of_work import UnitOfWork
from ${{ values.package }}.domain.model import ${{ values.aggregate }}, ${{ values.aggregate }}Id, ${{ values.aggregate }}NotFound


@dataclass(frozen=True)
class Create${{ values.aggregate }}(Command[${{ values.aggregate }}View]):
    name: str


@dataclass(frozen=True)
class Rename${{ values.aggregate }}(Command[${{ values.aggregate }}View]):
    ${{ values.aggregateLower }}_id: str
    name: str
    version: int


@dataclass(frozen=True)
class Archive${{ values.aggregate }}(Command[${{ values.aggregate }}View]):
    ${{ values.aggregateLower }}_id: str
    version: int


async def create_${{ values.aggregateLower }}(command: Create${{ values.aggregate }}, uow: UnitOfWork) -> ${{ values.aggregate }}View:
    ${{ values.aggregateLower }} = ${{ values.aggregate }}.create(command.name)
    async with uow:
        await uow.${{ values.aggregatePlural }}.add(${{ values.aggregateLower }})
        await uow.commit()
    return ${{ values.aggregate }}View.of(${{ values.aggregateLower }})


async def _load(uow: UnitOfWork, ${{ values.aggregateLower }}_id: str, version: int) -> ${{ values.aggregate }}:
    found = await uow.${{ values.aggregatePlural }}.get(${{ values.aggregate }}Id.parse(${{ values.aggregateLower }}_id))
    if found is None:
        raise ${{ values.aggregate }}NotFound(${{ values.aggregateLower }}_id)
    found.expect_version(version)
    return found


async def rename_${{ values.aggregateLower }}(command: Rename${{ values.aggregate }}, uow: UnitOfWork) -> ${{ values.aggregate }}View:
    async with uow:
        ${{ values.aggregateLower }} = await _load(uow, command.${{ values.aggregateLower }}_id, command.version)
        ${{ values.aggregateLower }}.rename(command.name)
        await uow.commit()
    return ${{ values.aggregate }}View.of(${{ values.aggregateLower }})


async def archive_${{ values.aggregateLower }}(command: Archive${{ values.aggregate }}, uow: UnitOfWork) -> ${{ values.aggregate }}View:
    async with uow:
        ${{ values.aggregateLower }} = await _load(uow, command.${{ values.aggregateLower }}_id, command.version)
        ${{ values.aggregateLower }}.archive()
        await uow.commit()
    return ${{ values.aggregate }}View.of(${{ values.aggregateLower }})
