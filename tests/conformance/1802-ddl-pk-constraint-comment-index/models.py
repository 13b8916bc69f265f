from sqlalchemy import create_engine, Table, Column, Integer, String, ForeignKey, MetaData, CheckConstraint, UniqueConstraint, Index, text, func, DateTime, Numeric, Boolean, ForeignKeyConstraint, PrimaryKeyConstraint, Text
from sqlalchemy.schema import CreateTable, CreateIndex, DropTable, DropIndex

convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = MetaData(naming_convention=convention)
account = Table(
    "account",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("email", String(120), nullable=False, unique=True),
    Column("balance", Numeric(10, 2), server_default=text("0"), nullable=False),
    Column("active", Boolean, server_default=text("1")),
    Column("created", DateTime, server_default=func.current_timestamp()),
    Column("bio", Text, comment="free text"),
    CheckConstraint("balance >= 0", name="positive_balance"),
)
entry = Table(
    "entry",
    metadata,
    Column("account_id", Integer, ForeignKey("account.id", ondelete="CASCADE", onupdate="CASCADE"), index=True),
    Column("seq", Integer),
    Column("memo", String(50), index=True),
    Column("amount", Numeric(10, 2)),
    PrimaryKeyConstraint("account_id", "seq"),
    UniqueConstraint("account_id", "memo"),
)
pair = Table(
    "pair",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("a_id", Integer),
    Column("a_seq", Integer),
    ForeignKeyConstraint(["a_id", "a_seq"], ["entry.account_id", "entry.seq"], name="fk_pair_entry"),
)
Index("ix_entry_amount_desc", entry.c.amount.desc(), sqlite_where=entry.c.amount > 0)
engine = create_engine("sqlite://")
metadata.create_all(engine)
