with Session(engine) as s:
    p = Playlist(songs=[Song(title=" intro "), Song(title="verse"), Song(title="chorus")])
    s.add(p)
    s.commit()
    print(log, p.songs)
    log.clear()
    old = p.songs[1]
    p.songs[1] = Song(title="  bridge")
    print(log, p.songs, old.playlist)
    log.clear()
    p.songs[-1] = Song(title="outro")
    print(log, p.songs)
    log.clear()
    try:
        p.songs[7] = Song(title="nope")
    except IndexError as e:
        print("IndexError", e, log)
    s.commit()
    print(s.execute(select(Song.title, Song.playlist_id).order_by(Song.id)).all())
    log.clear()
    p.songs.clear()
    print(log, p.songs)
    s.commit()
    print(s.execute(select(Song.title)).all())
