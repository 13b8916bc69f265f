with Session(engine) as s:
    trip = Folder(name="trip")
    p1, p2 = Photo(title="beach"), Photo(title="hill")
    trip.photos = [p1, p2]
    trip.cover = p2
    home = Folder(name="home", photos=[Photo(title="cat")])
    s.add_all([trip, home])
    s.commit()
    print(trip.cover_id, trip, home)
    home.cover = home.photos[0]
    s.flush()
    print(home.cover_id)
    s.commit()

with Session(engine) as s:
    for f in s.scalars(select(Folder).order_by(Folder.id)):
        print(f, [p.title for p in f.photos], f.cover_id)
