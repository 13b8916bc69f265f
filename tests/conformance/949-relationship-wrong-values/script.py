from sqlalchemy import text


class Helper:
    pass


def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)


t = Team(name="reds")
attempt("m2o str", lambda: Player(name="p", team="reds"))
attempt("m2o int", lambda: setattr(Player(name="q"), "team", 1))
attempt("m2o helper", lambda: Player(team=Helper()))
attempt("o2m list of str", lambda: Team(players=["ann", "bo"]))
attempt("o2m tuple", lambda: setattr(t, "players", (Player(name="x"),)))
attempt("o2m None", lambda: setattr(t, "players", None))
attempt("o2m str", lambda: setattr(t, "players", "ab"))
attempt("o2m single", lambda: setattr(t, "players", Player(name="y")))
attempt("append str", lambda: t.players.append("zed"))
attempt("extend ints", lambda: t.players.extend([1, 2]))
attempt("insert dict", lambda: t.players.insert(0, {"name": "x"}))
attempt("set gets list", lambda: setattr(t, "tags", [Tag(label="a")]))
attempt("set add str", lambda: t.tags.add("hot"))
t.tags = {Tag(label="ok")}
t.players = [Player(name="real")]
print(sorted(tg.label for tg in t.tags), [p.name for p in t.players])
s = Session()
attempt("execute str", lambda: s.execute("SELECT * FROM teams WHERE name = 'reds'"))
attempt("execute short", lambda: s.execute("select 1"))
attempt("execute int", lambda: s.execute(42))
attempt("scalar str", lambda: s.scalar("SELECT 1"))
print(s.execute(text("SELECT 1 + 1")).scalar())
s.add(t)
s.commit()
print(s.query(Player.name, Player.team_id).all())
