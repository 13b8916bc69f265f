from sqlalchemy import create_engine, select, pool
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import StaticPool, NullPool, QueuePool, SingletonThreadPool, Pool

engine = create_engine(
    "sqlite://",
    connect_args={"check_same_thread": False},
    poolclass=StaticPool,
)
print(type(engine.pool).__name__, isinstance(engine.pool, Pool), engine.pool.status())
print(type(engine.pool).__module__, pool.StaticPool is StaticPool)
Base.metadata.create_all(engine)
SessionLocal = sessionmaker(bind=engine, autoflush=False)

with SessionLocal() as s:
    s.add_all([Note(body="one"), Note(body="two")])
    s.commit()
# a second session (another "request") sees the same in-memory database
with SessionLocal() as s:
    print(s.scalars(select(Note.body).order_by(Note.id)).all())

for url, kw in [("sqlite://", {}), ("sqlite:///:memory:", {}), ("sqlite://", {"poolclass": NullPool}),
                ("sqlite:///notes_pool.db", {}), ("sqlite:///notes_pool.db", {"pool_size": 2, "pool_timeout": 5})]:
    e = create_engine(url, **kw)
    p = e.pool
    print(url, type(p).__name__, issubclass(type(p), pool.Pool))
    if isinstance(p, QueuePool):
        print("  size", p.size(), "timeout", p.timeout())
    elif not isinstance(p, SingletonThreadPool):
        print("  ", p.status())
    e.dispose()
