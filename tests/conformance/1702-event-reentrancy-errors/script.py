def run(label):
    mode["v"] = label
    with Session(engine) as s:
        m = Msg(text=label)
        s.add(m)
        try:
            s.commit()
            print(label, "ok")
        except Exception as e:
            print(label, type(e).__name__, "|", str(e).split(" (Background")[0])
        mode["v"] = None


for label in ["add-in-before-commit", "flush-in-flush", "query-in-after-commit", "attr-in-after-commit"]:
    run(label)
with Session(engine) as s:
    print(s.scalars(select(Msg.text).order_by(Msg.id)).all())
