from dataclasses import asdict
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from pydantic import BaseModel, Field

from ${{ values.package }}.modules.${{ values.module }}.services.service import ${{ values.entity }}NotFound, ${{ values.entity }}Service
from ${{ values.package }}.modules.${{ values.module }}.types.model import Invalid${{ values.entity }}

router = APIRouter(prefix="/${{ values.module }}", tags=["${{ values.module }}"])


class New${{ values.entity }}(BaseModel):
    name: str = Field(min_length=1, max_length=120)


class ${{ values.entity }}Out(BaseModel):
    id: str
    name: str
    created_at: datetime


def service(request: Request) -> ${{ values.entity }}Service:
    return request.app.state.${{ values.module }}  # type: ignore[no-any-return]


Service = Annotated[${{ values.entity }}Service, Depends(service)]


@router.post("", status_code=201)
async def create(body: New${{ values.entity }}, items: Service) -> ${{ values.entity }}Out:
    try:
        return ${{ values.entity }}Out(**asdict(await items.create(body.name)))
    except Invalid${{ values.entity }} as error:
        raise HTTPException(status_code=422, detail=str(error)) from error


@router.get("/{item_id}")
async def get(item_id: str, items: Service) -> ${{ values.entity }}Out:
    try:
        return ${{ values.entity }}Out(**asdict(await items.get(item_id)))
    except (${{ values.entity }}NotFound, Invalid${{ values.entity }}) as error:
        raise HTTPException(status_code=404, detail=str(error)) from error


@router.get("")
async def list_(
    items: Service,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[${{ values.entity }}Out]:
    return [${{ values.entity }}Out(**asdict(view)) for view in await items.list(limit, offset)]
