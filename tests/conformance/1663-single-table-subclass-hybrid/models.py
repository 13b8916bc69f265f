from sqlalchemy import create_engine, String, select, func, ForeignKey
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session
class Base(DeclarativeBase):
    pass
class Emp(Base):
    __tablename__ = "emp"
    id: Mapped[int] = mapped_column(primary_key=True)
    first: Mapped[str] = mapped_column(String(10))
    type: Mapped[str] = mapped_column(String(10))
    __mapper_args__ = {"polymorphic_on": type, "polymorphic_identity": "emp"}
    @hybrid_property
    def shout(self):
        return self.first + "!"
class Eng(Emp):
    lang: Mapped[str] = mapped_column(String(10), nullable=True)
    __mapper_args__ = {"polymorphic_identity": "eng"}
    @hybrid_property
    def badge(self):
        return self.lang + "-" + self.first
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
