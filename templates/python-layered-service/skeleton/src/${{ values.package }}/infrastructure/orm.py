import uuid
from datetime import datetime

from sqlalchemy import DateTime, String, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from ${{ values.package }}.domain.model import ${{ values.aggregate }}, ${{ values.aggregate }}Id


class Base(DeclarativeBase):
    pass


class ${{ values.aggregate }}Row(Base):
    __tablename__ = "${{ values.aggregateLower }}s"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)

    @classmethod
    def of(cls, ${{ values.aggregateLower }}: ${{ values.aggregate }}) -> "${{ values.aggregate }}Row":
        return cls(id=${{ values.aggregateLower }}.id.value, name=${{ values.aggregateLower }}.name, created_at=${{ values.aggregateLower }}.created_at)

    def to_domain(self) -> ${{ values.aggregate }}:
        return ${{ values.aggregate }}(id=${{ values.aggregate }}Id(self.id), name=self.name, created_at=self.created_at)
