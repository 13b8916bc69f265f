session = Session(engine)
p = Playlist(name="mix", tracks=[Track(title="a"), Track(title="b"), Track(title="c")],
             steps=[Step(text="open"), Step(text="play")])
print(p.tracks, p.steps)
p.tracks.insert(1, Track(title="i"))
p.steps.insert(0, Step(text="boot"))
print(p.tracks, p.steps)
session.add(p)
session.commit()
print(session.execute(select(Track.title, Track.position).order_by(Track.id)).all())
p.steps = [Step(text="x"), Step(text="y", number=7), Step(text="z")]
print(p.steps)
p.tracks += [Track(title="plus")]
print(p.tracks)
q = Playlist(name="empty")
q.tracks = [Track(title="n1"), Track(title="n2")]
print(q.tracks)
session.add(q)
session.commit()
print(session.execute(select(Step.text, Step.number, Step.playlist_id).order_by(Step.id)).all())
print(session.execute(select(Track.title, Track.position, Track.playlist_id).order_by(Track.id)).all())
