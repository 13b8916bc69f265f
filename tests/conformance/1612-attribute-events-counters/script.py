with Session(engine) as s:
    chill, gym = Playlist(name="chill"), Playlist(name="gym")
    a = Track(title="  blue in green ", seconds=337)
    b = Track(title="so what", seconds=545)
    c = Track(title="eye of the tiger", seconds=245)
    chill.tracks.extend([a, b])
    c.playlist = gym
    s.add_all([chill, gym])
    s.commit()
    print(changes)
    print([(p.name, p.track_count, p.total_seconds) for p in (chill, gym)], a.title)
    changes.clear()
    b.playlist = gym
    a.seconds = 300
    s.commit()
    print(changes)
    print(s.execute(select(Playlist.name, Playlist.track_count, Playlist.total_seconds).order_by(Playlist.id)).all())
    changes.clear()
    gym.tracks.remove(c)
    chill.tracks.append(Track(title="freddie freeloader", seconds=589))
    s.commit()
    print(changes, [t.title for t in chill.tracks], c.playlist)
    print(s.execute(select(Playlist.name, Playlist.track_count, Playlist.total_seconds).order_by(Playlist.id)).all())
