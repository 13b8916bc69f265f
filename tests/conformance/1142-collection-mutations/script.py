from sqlalchemy import select, func

with Session(engine) as s:
    rock = Playlist(name="Rock")
    chill = Playlist(name="Chill")
    rock.songs = [Song(title=t, seconds=n) for t, n in [("Zeppelin", 300), ("Back in Black", 255), ("Money", 382)]]
    s.add_all([rock, chill])
    s.commit()
    print(rock, rock.songs)
    rock.songs.append(Song(title="Anthem", seconds=200))
    rock.songs.insert(0, Song(title="Intro", seconds=30))
    print(rock.songs)
    s.commit()
    print(rock.songs)
    moved = rock.songs[2]
    moved.playlist = chill
    print(moved in rock.songs, chill.songs)
    s.commit()
    last = rock.songs.pop()
    print(last, last.playlist, len(rock.songs))
    s.commit()
    print(s.scalars(select(Song.title).order_by(Song.id)).all())
    rock.songs[0:2] = [Song(title="New A", seconds=100)]
    s.commit()
    print(rock.songs)
    rock.songs.extend(chill.songs)
    print(chill.songs, len(rock.songs))
    s.commit()
    chill.songs.append(rock.songs[-1])
    s.commit()
    print(rock.songs, chill.songs)
    del rock.songs[0]
    rock.songs += [Song(title="Outro", seconds=45)]
    s.commit()
    print(s.execute(select(Playlist.name, func.count(Song.id), func.sum(Song.seconds)).outerjoin(Song).group_by(Playlist.id).order_by(Playlist.id)).all())
    rock.songs.clear()
    s.commit()
    print(rock, s.scalar(select(func.count(Song.id))))
