plan = {
    "CS101": [(2, "Loops", 2.0), (1, "Intro", None), (3, "Functions", 3.25)],
    "MA201": [(1, "Limits", 2.5)],
    "PH105": [],
}
with SessionLocal() as s:
    for code, mods in plan.items():
        c = Course(code=code)
        for week, title, hours in mods:
            c.modules.append(Module(week=week, title=title, hours=hours))
        s.add(c)
    s.commit()
    for c in s.query(Course).order_by(Course.code):
        if not c.modules:
            print(c.code, "has no modules")
            continue
        total = 0.0
        for i, m in enumerate(c.modules, start=1):
            total += m.hours
            print(f"  {c.code} #{i} w{m.week} {m.title:<10} {m.hours:5.2f}h")
        print(f"{c.code}: {len(c.modules)} modules, {total:.1f}h, avg {total / len(c.modules):.3f}")
    week_one = [m.title for m in s.query(Module).filter(Module.week == 1)]
    print(sorted(week_one))
    n = 0
    while n < 3:
        n += 1
        if n == 2:
            continue
        print("tick", n)
    pairs = list(zip([c.code for c in s.query(Course).order_by(Course.id)], range(3)))
    print(pairs)
