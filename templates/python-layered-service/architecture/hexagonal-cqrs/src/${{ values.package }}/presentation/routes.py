from dataclasses import asdict
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request

from ${{ values.package }}.application.commands import Archive${{ values.aggregate }}, Create${{ values.aggregate }}, Rename${{ values.aggregate }}
from ${{ values.package }}.application.message_bus import MessageBus
from ${{ values.package }}.application.queries import Get${{ values.aggregate }}, List${{ values.aggregatePluralName }}
from ${{ values.package }}.domain.model import Invalid${{ values.aggregate }}, ${{ values.aggregate }}NotFound
from ${{ values.package }}.presentation.errors import refused
from ${{ values.package }}.presentation.schemas import New${{ values.aggregate }}, ${{ values.aggregate }}Change, ${{ values.aggregate }}Out, ${{ values.aggregate }}Version

router = APIRouter(prefix="/${{ values.aggregatePlural }}", tags=["${{ values.aggregatePlural }}"])


def message_bus(request: Request) -> MessageBus:
    return MessageBus(request.app.state.unit_of_work())


Bus = Annotated[MessageBus, Depends(message_bus)]


@router.post("", status_code=201)
async def create(body: New${{ values.aggregate }}, bus: Bus) -> ${{ values.aggregate }}Out:
    with refused():
        view = await bus.execute(Create${{ values.aggregate }}(name=body.name))
    return ${{ values.aggregate }}Out(**asdict(view))


@router.get("/{${{ values.aggregateLower }}_id}")
async def get(${{ values.aggregateLower }}_id: str, bus: Bus) -> ${{ values.aggregate }}Out:
    try:
        view = await bus.ask(Get${{ values.aggregate }}(${{ values.aggregateLower }}_id))
    except (${{ values.aggregate }}NotFound, Invalid${{ values.aggregate }}) as error:
        raise HTTPException(status_code=404, detail=str(error)) from error
    return ${{ values.aggregate }}Out(**asdict(view))


@router.patch("/{${{ values.aggregateLower }}_id}")
async def rename(${{ values.aggregateLower }}_id: str, body: ${{ values.aggregate }}Change, bus: Bus) -> ${{ values.aggregate }}Out:
    with refused():
        view = await bus.execute(Rename${{ values.aggregate }}(${{ values.aggregateLower }}_id, name=body.name, version=body.version))
    return ${{ values.aggregate }}Out(**asdict(view))


@router.post("/{${{ values.aggregateLower }}_id}/archive")
async def archive(${{ values.aggregateLower }}_id: str, body: ${{ values.aggregate }}Version, bus: Bus) -> ${{ values.aggregate }}Out:
    with refused():
        view = await bus.execute(Archive${{ values.aggregate }}(${{ values.aggregateLower }}_id, version=body.version))
    return ${{ values.aggregate }}Out(**asdict(view))


@router.get("")
async def list_(
    bus: Bus,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[${{ values.aggregate }}Out]:
    views = await bus.ask(List${{ values.aggregatePluralName }}(limit=limit, offset=offset))
    return [${{ values.aggregate }}Out(**asdict(view)) for view in views]
