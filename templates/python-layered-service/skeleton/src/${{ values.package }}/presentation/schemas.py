from datetime import datetime

from pydantic import BaseModel, Field


class New${{ values.aggregate }}(BaseModel):
    name: str = Field(min_length=1, max_length=120)


class ${{ values.aggregate }}Version(BaseModel):
    version: int = Field(ge=1, description="The version the change was made on.")


class ${{ values.aggregate }}Change(${{ values.aggregate }}Version):
    name: str = Field(min_length=1, max_length=120)


class ${{ values.aggregate }}Out(BaseModel):
    id: str
    name: str
    status: str
    version: int
    created_at: datetime
