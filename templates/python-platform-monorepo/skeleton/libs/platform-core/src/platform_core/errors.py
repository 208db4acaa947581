class PlatformError(Exception):
    """An error the platform's services report with a stable code."""

    code = "platform_error"
    status = 500

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


class NotFound(PlatformError):
    code = "not_found"
    status = 404


class Conflict(PlatformError):
    code = "conflict"
    status = 409


class Invalid(PlatformError):
    code = "invalid"
    status = 422
