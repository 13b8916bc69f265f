from types import SimpleNamespace
import json
raw = '{"db": {"host": "localhost", "port": 5432}, "debug": true, "features": ["a", "b"]}'
cfg = json.loads(raw, object_hook=lambda d: SimpleNamespace(**d))
print(cfg.db.host, cfg.db.port, cfg.debug, cfg.features)
print(cfg.db)
ns = SimpleNamespace(x=1, y=2)
ns.z = 3
del ns.x
print(ns, ns.__dict__, ns == SimpleNamespace(y=2, z=3), getattr(ns, "x", None))
point = SimpleNamespace(**{"lat": 1.5, "lon": -2.25})
print(f"{point.lat:+.2f},{point.lon:+.2f}", sorted(point.__dict__))
