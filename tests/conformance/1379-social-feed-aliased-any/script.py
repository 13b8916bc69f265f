with Session(engine) as s:
    u = {h: User(handle=h) for h in ["amy", "bo", "cyd", "dee", "eli"]}
    u["amy"].following = [u["bo"], u["cyd"]]
    u["bo"].following = [u["amy"], u["dee"]]
    u["cyd"].following = [u["eli"], u["dee"]]
    u["dee"].following.append(u["amy"])
    for i, (h, body) in enumerate([("bo", "hello"), ("cyd", "coffee"), ("dee", "run"), ("bo", "lunch"), ("eli", "hi")]):
        s.add(Post(author=u[h], body=body))
    s.add_all(u.values())
    s.commit()

with Session(engine) as s:
    amy = s.scalar(select(User).where(User.handle == "amy"))
    print(amy.following, amy.followers)
    feed = s.scalars(select(Post).join(follows, follows.c.followed_id == Post.author_id)
                     .where(follows.c.follower_id == amy.id).order_by(Post.id.desc())).all()
    print(feed)
    other = aliased(User)
    mutual = s.scalars(select(other).join(User.following.of_type(other)).where(User.id == amy.id)
                       .where(other.following.any(User.id == amy.id))).all()
    print("mutual:", mutual)
    f2 = aliased(follows)
    suggest = (select(User).join(f2, f2.c.followed_id == User.id)
               .where(f2.c.follower_id.in_(select(follows.c.followed_id).where(follows.c.follower_id == amy.id)))
               .where(User.id != amy.id)
               .where(~User.followers.any(User.id == amy.id)).distinct().order_by(User.handle))
    print("suggest:", s.scalars(suggest).all())
    print(sorted((x.handle, len(x.followers)) for x in s.scalars(select(User))))
    amy.following.remove(s.scalar(select(User).filter_by(handle="bo")))
    s.commit()
    print(s.scalar(select(User).filter_by(handle="bo")).followers)
