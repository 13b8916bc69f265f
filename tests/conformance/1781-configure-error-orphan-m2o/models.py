import re
from sqlalchemy import create_engine, String, ForeignKey, Integer, Column, Table, MetaData
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, configure_mappers

engine = create_engine("sqlite://")


def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except Exception as e:
        msg = re.sub(r" at 0x[0-9a-f]+", "", str(e)).split(" (Background")[0]
        print(label, type(e).__name__, "|", msg)
