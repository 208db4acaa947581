from platform_observability.request_id import begin, current


def test_the_callers_id_is_kept() -> None:
    assert begin("abc-123") == "abc-123"
    assert current() == "abc-123"


def test_a_missing_or_huge_id_is_replaced() -> None:
    assert len(begin(None)) == 36
    assert len(begin("x" * 500)) == 36
