import hashlib

MAX_PART = 64


def cache_key(namespace: str, *parts: str) -> str:
    """namespace:part:part, each long part replaced by its hash."""
    if not namespace or ":" in namespace:
        raise ValueError("a namespace is a non-empty name without ':'")
    safe = [
        part if len(part) <= MAX_PART else hashlib.sha256(part.encode()).hexdigest()
        for part in parts
    ]
    return ":".join([namespace, *safe])
