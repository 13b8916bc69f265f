session = Session(engine)
python, sql, orm = Tag(name="python"), Tag(name="sql"), Tag(name="orm")
post = Post(title="hello", tags=[python, sql])
session.add_all([post, orm])
session.commit()


def rows():
    return session.execute(select(post_tags.c.post_id, post_tags.c.tag_id).order_by(post_tags.c.tag_id)).all()


post.tags.remove(python)
post.tags.append(python)
session.commit()
print(post.tags, rows())
post.tags.append(sql)
print(post.tags)
post.tags.remove(sql)
print(post.tags)
session.commit()
print(post.tags, rows())
post.tags.append(orm)
post.tags.remove(orm)
session.commit()
print(post.tags, rows())
post.tags = [sql, python]
session.commit()
print(post.tags, rows())
post.tags.remove(sql)
post.tags = [sql, orm]
session.commit()
print(post.tags, rows())
