from sqlalchemy import (create_engine, MetaData, Table, Column, Integer, String, select, values, column,
                        insert, update, func)

metadata = MetaData()
stock = Table("stock", metadata, Column("id", Integer, primary_key=True), Column("sku", String(10)), Column("qty", Integer))
engine = create_engine("sqlite://")
metadata.create_all(engine)
