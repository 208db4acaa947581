"""Response schemas."""

from pydantic import BaseModel


class ForwardedResponse(BaseModel):
    status: int
    body: bytes
