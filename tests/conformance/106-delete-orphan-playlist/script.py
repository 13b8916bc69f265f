db = SessionLocal()
mix = Playlist(title="Mix", tracks=[Track(song="Intro", seconds=60), Track(song="Drive"), Track(song="Outro", seconds=95)])
chill = Playlist(title="Chill")
db.add_all([mix, chill])
db.commit()

drive = mix.tracks[1]
mix.tracks.remove(drive)
db.commit()
print("tracks:", [(t.id, t.song) for t in db.query(Track).order_by(Track.id)])

outro = mix.tracks[-1]
chill.tracks.append(outro)
db.commit()
print("mix:", [t.song for t in mix.tracks], "chill:", [t.song for t in chill.tracks])
print("outro playlist:", outro.playlist.title)

mix.tracks = [Track(song="New A"), Track(song="New B", seconds=200)]
db.commit()
print("rows:", [(t.song, t.seconds, t.playlist_id) for t in db.query(Track).order_by(Track.id)])
total = sum(t.seconds for t in db.query(Track).filter(Track.playlist_id == mix.id))
print("mix length:", total)
db.delete(chill)
db.commit()
print("left:", db.query(Track).count(), db.query(Playlist).count())
