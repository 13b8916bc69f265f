with Session(engine) as s:
    root = Comment(text="root")
    a = Comment(text="a", parent=root)
    b = Comment(text="b", parent=root)
    a1 = Comment(text="a1", parent=a)
    Comment(text="a1x", parent=a1)
    Comment(text="b1", parent=b)
    s.add(root)
    s.commit()
    print([(c.id, c.text, c.parent_id) for c in s.scalars(select(Comment).order_by(Comment.id))])

    def count(c):
        return 1 + sum(count(r) for r in c.replies)

    print("thread size:", count(root))
    s.delete(a)
    s.commit()
    print("left:", s.scalar(select(func.count()).select_from(Comment)))
    print([c.text for c in root.replies])
    b.replies.clear()
    s.commit()
    print([c.text for c in s.scalars(select(Comment).order_by(Comment.text))])
