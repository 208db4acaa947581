from dataclasses import asdict
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request

from ${{ values.package }}.application.unit_of_work import UnitOfWork
from ${{ values.package }}.application.use_cases import (
    archive_${{ values.aggregateLower }},
    create_${{ values.aggregateLower }},
    get_${{ values.aggregateLower }},
    list_${{ values.aggregatePlural }},
    rename_${{ values.aggregateLower }},
)
from ${{ values.package }}.domain.model import Invalid${{ values.aggregate }}, ${{ values.aggregate }}NotFound
from ${{ values.package }}.presentation.errors import refused
from ${{ values.package }}.presentation.schemas import New${{ values.aggregate }}, ${{ values.aggregate }}Change, ${{ values.aggregate }}Out, ${{ values.aggregate }}Version

router = APIRouter(prefix="/${{ values.aggregatePlural }}", tags=["${{ values.aggregatePlural }}"])


def unit_of_work(request: Request) -> UnitOfWork:
    factory = request.app.state.unit_of_work
    return factory()  # type: ignore[no-any-return]


Uow = Annotated[UnitOfWork, Depends(unit_of_work)]


@router.post("", status_code=201)
async def create(body: New${{ values.aggregate }}, uow: Uow) -> ${{ values.aggregate }}Out:
    with refused():
        return ${{ values.aggregate }}Out(**asdict(await create_${{ values.aggregateLower }}(uow, body.name)))


@router.get("/{${{ values.aggregateLower }}_id}")
async def get(${{ values.aggregateLower }}_id: str, uow: Uow) -> ${{ values.aggregate }}Out:
    try:
        return ${{ values.aggregate }}Out(**asdict(await get_${{ values.aggregateLower }}(uow, ${{ values.aggregateLower }}_id)))
    except (${{ values.aggregate }}NotFound, Invalid${{ values.aggregate }}) as error:
        raise HTTPException(status_code=404, detail=str(error)) from error


@router.patch("/{${{ values.aggregateLower }}_id}")
async def rename(${{ values.aggregateLower }}_id: str, body: ${{ values.aggregate }}Change, uow: Uow) -> ${{ values.aggregate }}Out:
    with refused():
        return ${{ values.aggregate }}Out(**asdict(await rename_${{ values.aggregateLower }}(uow, ${{ values.aggregateLower }}_id, body.name, body.version)))


@router.post("/{${{ values.aggregateLower }}_id}/archive")
async def archive(${{ values.aggregateLower }}_id: str, body: ${{ values.aggregate }}Version, uow: Uow) -> ${{ values.aggregate }}Out:
    with refused():
        return ${{ values.aggregate }}Out(**asdict(await archive_${{ values.aggregateLower }}(uow, ${{ values.aggregateLower }}_id, body.version)))


@router.get("")
async def list_(
    uow: Uow,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[${{ values.aggregate }}Out]:
    return [${{ values.aggregate }}Out(**asdict(view)) for view in await list_${{ values.aggregatePlural }}(uow, limit, offset)]
