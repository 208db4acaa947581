from dataclasses import dataclass
from datetime import datetime

from ${{ values.package }}.domain.model import ${{ values.aggregate }}


@dataclass(frozen=True)
class ${{ values.aggregate }}View:
    id: str
    name: str
    status: str
    version: int
    created_at: datetime

    @classmethod
    def of(cls, ${{ values.aggregateLower }}: ${{ values.aggregate }}) -> "${{ values.aggregate }}View":
        return cls(
            id=str(${{ values.aggregateLower }}.id),
            name=${{ values.aggregateLower }}.name,
            status=${{ values.aggregateLower }}.status.value,
            version=${{ values.aggregateLower }}.version,
            created_at=${{ values.aggregateLower }}.created_at,
        )
