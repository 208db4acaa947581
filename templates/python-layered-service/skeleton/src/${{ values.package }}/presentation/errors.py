from collections.abc import Iterator
from contextlib import contextmanager

from fastapi import HTTPException
{%- if 'platform-core' in (values.libraries or []) %}
from platform_core.errors import Conflict, Invalid, NotFound, PlatformError
{%- endif %}

from ${{ values.package }}.domain.model import Invalid${{ values.aggregate }}, ${{ values.aggregate }}Conflict, ${{ values.aggregate }}NotFound
{%- if 'platform-core' in (values.libraries or []) %}


def _answer(error: PlatformError) -> HTTPException:
    return HTTPException(status_code=error.status, detail=error.to_dict())


@contextmanager
def refused() -> Iterator[None]:
    """Answers the domain's refusals as the platform's errors (platform-core):
    404 not_found, 409 conflict, 422 invalid, each as {code, message}."""
    try:
        yield
    except ${{ values.aggregate }}NotFound as error:
        raise _answer(NotFound(f"no ${{ values.aggregate }} has the id {error}")) from error
    except ${{ values.aggregate }}Conflict as error:
        raise _answer(Conflict(str(error))) from error
    except Invalid${{ values.aggregate }} as error:
        raise _answer(Invalid(str(error))) from error
{%- else %}


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
{%- endif %}
