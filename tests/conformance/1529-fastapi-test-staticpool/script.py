def override_get_db():
    db = TestingSessionLocal()
    try:
        yield db
    finally:
        db.close()


app_dependency_overrides = {"get_db": override_get_db}


def create_item(name):
    gen = app_dependency_overrides["get_db"]()
    db = next(gen)
    try:
        item = Item(name=name)
        db.add(item)
        db.commit()
        db.refresh(item)
        return {"id": item.id, "name": item.name}
    finally:
        gen.close()


def test_create_and_read():
    assert create_item("foo") == {"id": 1, "name": "foo"}
    assert create_item("bar")["id"] == 2
    with TestingSessionLocal() as db:
        assert db.scalar(select(func.count(Item.id))) == 2
    print("test_create_and_read passed")


def test_isolation_with_rollback():
    connection = engine.connect()
    trans = connection.begin()
    session = Session(bind=connection, join_transaction_mode="create_savepoint")
    session.add(Item(name="temp"))
    session.commit()
    print("inside:", session.scalar(select(func.count(Item.id))))
    session.close()
    trans.rollback()
    connection.close()
    with TestingSessionLocal() as db:
        print("after rollback:", db.scalar(select(func.count(Item.id))))


test_create_and_read()
test_isolation_with_rollback()
print(type(engine.pool).__name__, engine.pool.status() if False else "")
