from datetime import datetime

from pydantic import BaseModel, Field


class New${{ values.aggregate }}(BaseModel):
    name: str = Field(min_length=1, max_length=120)


class ${{ values.aggregate }}Out(BaseModel):
    id: str
    name: str
    created_at: datetime
