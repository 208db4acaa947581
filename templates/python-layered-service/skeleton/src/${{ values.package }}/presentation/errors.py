from collections.abc import Iterator
from contextlib import contextmanager

from fastapi import HTTPException

from ${{ values.package }}.domain.model import Invalid${{ values.aggregate }}, ${{ values.aggregate }}Conflict, ${{ values.aggregate }}NotFound


@contextmanager
def refused() -> Iterator[None]:
    """Answers the domain's refusals in HTTP: 404 unknown, 409 conflict, 422 invalid."""
    try:
        yield
    except ${{ values.aggregate }}NotFound as error:
        raise HTTPException(status_code=404, detail=f"no ${{ values.aggregate }} has the id {error}") from error
    except ${{ values.aggregate }}Conflict as error:
        raise HTTPException(status_code=409, detail=str(error)) from error
    except Invalid${{ values.aggregate }} as error:
        raise HTTPException(status_code=422, detail=str(error)) from error
