with Session(engine) as s:
    s.add(Playlist(title="road", songs=[Song(name="a"), Song(name="b"), Song(name="c")]))
    s.add(Playlist(title="rain"))
    s.commit()

s1 = Session(engine)
road = s1.scalars(select(Playlist).where(Playlist.title == "road")).one()
rain = s1.scalars(select(Playlist).where(Playlist.title == "rain")).one()
a, b, c = road.songs
s1.close()

road.songs.remove(a)
s2 = Session(engine)
s2.add(road)
print(a in s2, b in s2, rain in s2)
print(sorted(o.name if isinstance(o, Song) else o.title for o in s2.new), len(s2.dirty))
s2.commit()
print(s2.execute(select(Song.name, Song.playlist_id).order_by(Song.id)).all())
s2.close()

s3 = Session(engine)
b = s3.get(Song, 2)
old = b.playlist
s3.expunge_all()
b.playlist = rain
s4 = Session(engine)
s4.add(b)
print(old in s4, rain in s4, old.songs, rain.songs)
s4.commit()
print(s4.execute(select(Song.name, Song.playlist_id).order_by(Song.id)).all())
