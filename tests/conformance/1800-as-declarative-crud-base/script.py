class CRUDBase:
    def __init__(self, model):
        self.model = model

    def get(self, db: Session, id: Any) -> Optional[Any]:
        return db.query(self.model).filter(self.model.id == id).first()

    def get_multi(self, db: Session, *, skip: int = 0, limit: int = 100):
        return db.query(self.model).offset(skip).limit(limit).all()

    def create(self, db: Session, *, obj_in: dict):
        db_obj = self.model(**obj_in)
        db.add(db_obj)
        db.commit()
        db.refresh(db_obj)
        return db_obj

    def update(self, db: Session, *, db_obj, obj_in: dict):
        for field, value in obj_in.items():
            if hasattr(db_obj, field):
                setattr(db_obj, field, value)
        db.add(db_obj)
        db.commit()
        db.refresh(db_obj)
        return db_obj

    def remove(self, db: Session, *, id: int):
        obj = db.query(self.model).get(id)
        db.delete(obj)
        db.commit()
        return obj


user_crud, item_crud = CRUDBase(User), CRUDBase(Item)
print(User.__tablename__, Item.__tablename__, sorted(ix.name for ix in User.__table__.indexes))
db = SessionLocal()
try:
    u = user_crud.create(db, obj_in={"email": "a@b.c", "full_name": "Ann"})
    for t in ("pen", "ink", "pad"):
        item_crud.create(db, obj_in={"title": t, "owner_id": u.id})
    print([i.title for i in item_crud.get_multi(db, skip=1, limit=5)], user_crud.get(db, 1).email, user_crud.get(db, 9))
    item = item_crud.update(db, db_obj=item_crud.get(db, 2), obj_in={"title": "INK", "bogus": 1})
    print(item.title, item.owner.full_name, [i.title for i in u.items])
    removed = item_crud.remove(db, id=3)
    print(removed.title, db.query(Item).count())
finally:
    db.close()
