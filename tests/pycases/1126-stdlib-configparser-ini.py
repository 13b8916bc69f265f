import configparser
import io
cfg = configparser.ConfigParser()
cfg.read_string("""
[DEFAULT]
home = /srv
retries = 3

[db]
url = sqlite:///%(home)s/app.db
echo = off
pool size = 5

[web]
port = 8000
hosts = a.example,
    b.example
""")
print(cfg.sections(), cfg.defaults(), cfg["db"]["url"], cfg.get("db", "url", raw=True))
print(cfg.getboolean("db", "echo"), cfg["db"].getint("pool size"), cfg.getint("web", "retries"), cfg["web"]["hosts"].split())
print(list(cfg["web"]), cfg.has_section("api"), cfg.get("web", "missing", fallback="-"))
cfg.read_dict({"api": {"key": "k1", "timeout": 2.5}})
cfg["api"]["debug"] = "true"
print(cfg.getfloat("api", "timeout"), cfg["api"].getboolean("debug"), cfg.items("api"))
out = io.StringIO()
cfg.write(out)
print(out.getvalue().strip().splitlines())
for call in (lambda: cfg.get("nope", "x"), lambda: cfg.get("db", "nope"), lambda: cfg.add_section("db"), lambda: cfg.getint("db", "url")):
    try:
        call()
    except (configparser.Error, ValueError) as e:
        print(type(e).__name__, e)
raw = configparser.RawConfigParser()
raw.read_string("[x]\npct = 50%\n")
print(raw.get("x", "pct"), configparser.ConfigParser(interpolation=None).sections())
