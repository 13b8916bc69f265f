with Session(engine) as s:
    chem = Subject(name="Chemistry")
    hist = Subject(name="History")
    ada = Pupil(name="Ada", grades=[Grade(subject=chem, score=9.5), Grade(subject=hist, score=7.25)])
    bo = Pupil(name="Bo")
    bo.grades.append(Grade(subject=chem))
    s.add_all([ada, bo])
    s.commit()

    for p in s.scalars(select(Pupil).order_by(Pupil.id)):
        avg = sum(g.score for g in p.grades) / len(p.grades)
        print(f"{p.name}: {', '.join(g.subject.name for g in p.grades)} avg={avg:.3f}")
    print("chem scores:", sorted(g.score for g in chem.grades))
    bo.grades[0].score = 6.0
    s.commit()
    print(s.get(Grade, (bo.id, chem.id)).score)
    s.delete(ada)
    s.commit()
    print("grades left:", s.query(Grade).count(), "| subjects:", s.query(Subject).count())
