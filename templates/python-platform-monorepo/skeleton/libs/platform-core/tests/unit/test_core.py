import pytest

from platform_core.errors import Conflict, Invalid, NotFound, PlatformError
from platform_core.ids import is_id, new_id


@pytest.mark.parametrize(
    ("error", "code", "status"),
    [(NotFound, "not_found", 404), (Conflict, "conflict", 409), (Invalid, "invalid", 422)],
)
def test_errors_carry_a_code_and_a_status(
    error: type[PlatformError], code: str, status: int
) -> None:
    raised = error("what went wrong")
    assert raised.to_dict() == {"code": code, "message": "what went wrong"}
    assert raised.status == status


def test_ids_are_uuids() -> None:
    assert is_id(new_id())
    assert not is_id("not-an-id")
