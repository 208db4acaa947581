import pytest

from platform_cache.keys import MAX_PART, cache_key


def test_keys_join_their_parts() -> None:
    assert cache_key("users", "42", "profile") == "users:42:profile"


def test_long_parts_are_hashed() -> None:
    key = cache_key("search", "x" * (MAX_PART + 1))
    assert len(key.split(":")[1]) == 64


@pytest.mark.parametrize("namespace", ["", "a:b"])
def test_a_bad_namespace_is_refused(namespace: str) -> None:
    with pytest.raises(ValueError):
        cache_key(namespace, "x")
