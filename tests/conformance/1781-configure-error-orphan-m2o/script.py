def orphan_m2o():
    class B(DeclarativeBase):
        pass

    class P(B):
        __tablename__ = "p"
        id: Mapped[int] = mapped_column(primary_key=True)

    class C(B):
        __tablename__ = "c"
        id: Mapped[int] = mapped_column(primary_key=True)
        p_id: Mapped[int] = mapped_column(ForeignKey("p.id"))
        p: Mapped[P] = relationship(cascade="all, delete-orphan")

    configure_mappers()


for fn in (orphan_m2o,):
    attempt(fn.__name__, fn)
