import uuid


def new_id() -> str:
    """A new random identifier, as the platform's services store them."""
    return str(uuid.uuid4())


def is_id(text: str) -> bool:
    try:
        return str(uuid.UUID(text)) == text.lower()
    except ValueError:
        return False
