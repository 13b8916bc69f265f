from sqlalchemy import select, text


def attempt(label, fn):
    try:
        result = fn()
        print(label, "->", result)
    except Exception as e:
        print(label, "!!", type(e).__name__)


s = Session()
s.add_all([User(name="a"), User(name="b")])
s.commit()
attempt("one on many", lambda: s.query(User).one())
attempt("one on none", lambda: s.query(User).filter_by(name="zz").one())
attempt("one_or_none", lambda: s.query(User).filter_by(name="zz").one_or_none())
attempt("scalar_one", lambda: s.scalars(select(User.name).where(User.id == 5)).one())
attempt("bad kwarg", lambda: User(nmae="x"))
attempt("bad filter_by", lambda: s.query(User).filter_by(nmae="x").all())
attempt("bad attr", lambda: User.nmae)
attempt("get none", lambda: s.get(User, 999))
attempt("raw sql str", lambda: s.execute("SELECT 1"))
attempt("text ok", lambda: s.execute(text("SELECT 1")).scalar())
attempt("scalar multi", lambda: s.query(User.name).scalar())
attempt("wrong type rel", lambda: Post(user="a"))
attempt("append wrong", lambda: User(name="c").posts.append("post"))
u = s.query(User).first()
s.close()
attempt("detached lazy", lambda: u.posts)
attempt("detached attr", lambda: u.name)
s2 = Session()
p = Post(title="t", user=s2.merge(u))
s2.add(p)
s3 = Session()
attempt("two sessions", lambda: s3.add(p))
s2.add(User(name=None))
attempt("flush null", lambda: s2.commit())
attempt("after failed flush", lambda: s2.query(User).count())
s2.rollback()
attempt("after rollback", lambda: s2.query(User).count())
attempt("delete transient", lambda: s2.delete(User(name="q")))
attempt("refresh transient", lambda: s2.refresh(User(name="q")))
