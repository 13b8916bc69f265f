from sqlalchemy import create_engine, String, select, func, delete
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, Session


class Base(DeclarativeBase):
    pass


class Todo(Base):
    __tablename__ = "todo"
    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(String(40))
    done: Mapped[bool] = mapped_column(default=False)

    def __repr__(self):
        return f"[{'x' if self.done else ' '}] #{self.id} {self.text}"


class TodoService:
    def __init__(self, session):
        self.s = session

    def add(self, text):
        t = Todo(text=text)
        self.s.add(t)
        self.s.flush()
        return t

    def undo_last(self):
        last = self.s.scalars(select(Todo).order_by(Todo.id.desc()).limit(1)).first()
        if last:
            self.s.delete(last)
        return last

    def clear_done(self):
        return self.s.execute(delete(Todo).where(Todo.done == True)).rowcount

    def listing(self):
        return self.s.scalars(select(Todo).order_by(Todo.id)).all()


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
