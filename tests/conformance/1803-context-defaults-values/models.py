from sqlalchemy import create_engine, Table, Column, Integer, String, MetaData, insert, select, update, func, text
md = MetaData()
seq = iter(range(100, 200))
t = Table("t", md, Column("id", Integer, primary_key=True), Column("name", String(20)),
          Column("slug", String(20), default=lambda ctx: ctx.get_current_parameters()["name"].lower()),
          Column("n", Integer, default=lambda: next(seq)), Column("ver", Integer, default=1, onupdate=lambda ctx: (ctx.get_current_parameters().get("ver") or 0) + 10),
          Column("note", String(10), server_default=text("'hi'")))
engine = create_engine("sqlite://")
md.create_all(engine)
