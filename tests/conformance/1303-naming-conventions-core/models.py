from sqlalchemy import create_engine, MetaData, Table, Column, Integer, String, ForeignKey, UniqueConstraint, CheckConstraint, Index, ForeignKeyConstraint

convention = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s_%(referred_column_0_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = MetaData(naming_convention=convention)
author = Table(
    "author",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("email", String(60), unique=True),
    Column("handle", String(20), index=True),
)
post = Table(
    "post",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("author_id", Integer, ForeignKey("author.id", ondelete="CASCADE")),
    Column("slug", String(40)),
    Column("lang", String(2)),
    Column("words", Integer),
    UniqueConstraint("author_id", "slug"),
    CheckConstraint("words >= 0", name="words_positive"),
    Index(None, "lang", "slug"),
    Index("by_words", "words"),
)
engine = create_engine("sqlite://")
metadata.create_all(engine)
