import enum
from sqlalchemy import create_engine, Integer, String, Enum, select, insert, update, Table, Column, MetaData, text


class Color(enum.Enum):
    RED = "r"
    GREEN = "g"
    BLUE_ISH = "b"


metadata = MetaData()
paints = Table(
    "paints", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(20)),
    Column("color", Enum(Color, values_callable=lambda cls: [m.value for m in cls])),
    Column("plain", Enum(Color)),
)
engine = create_engine("sqlite://")
metadata.create_all(engine)
