from dataclasses import dataclass

from ${{ values.package }}.application.dto import ${{ values.aggregate }}View
from ${{ values.package }}.application.messages import Command
from ${{ values.package }}.application.unit_of_work import UnitOfWork
from ${{ values.package }}.domain.model import ${{ values.aggregate }}


@dataclass(frozen=True)
class Create${{ values.aggregate }}(Command[${{ values.aggregate }}View]):
    name: str


async def create_${{ values.aggregateLower }}(command: Create${{ values.aggregate }}, uow: UnitOfWork) -> ${{ values.aggregate }}View:
    ${{ values.aggregateLower }} = ${{ values.aggregate }}.create(command.name)
    async with uow:
        await uow.${{ values.aggregateLower }}s.add(${{ values.aggregateLower }})
        await uow.commit()
    await uow.publish(${{ values.aggregateLower }}.events)
    return ${{ values.aggregate }}View.of(${{ values.aggregateLower }})
