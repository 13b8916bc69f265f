import logging
import sys
import io
import traceback

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)-8s|%(name)s|%(message)s")
log = logging.getLogger("app")
log.debug("hidden %s", 1)
log.info("user %s logged in (%d tries)", "ann", 2)
log.warning("disk at %.1f%%", 93.456)
db = logging.getLogger("app.db")
db.error("query failed: %r", {"id": 3})
print(db.parent.name, db.getEffectiveLevel(), log.isEnabledFor(logging.DEBUG), logging.getLevelName(40))
buf = io.StringIO()
handler = logging.StreamHandler(buf)
handler.setFormatter(logging.Formatter("{levelname}:{name}:{message}", style="{"))
handler.setLevel(logging.WARNING)
db.addHandler(handler)
db.warning("slow query %sms", 250)
db.info("not in buffer")
print(repr(buf.getvalue()))
db.propagate = False
db.critical("only buffer")
print(repr(buf.getvalue().splitlines()[-1]))
class Short(logging.Formatter):
    def formatException(self, ei):  # the traceback's last line only: no file paths
        return "".join(traceback.format_exception_only(ei[0], ei[1])).strip()


logging.getLogger().handlers[0].setFormatter(Short("%(levelname)-8s|%(name)s|%(message)s"))
try:
    raise ValueError("bad value")
except ValueError:
    log.exception("boom")
logging.getLogger().setLevel(logging.ERROR)
logging.warning("dropped")
logging.error("root %s", "error")
print(logging.getLevelName("INFO"), logging.getLevelName(25), logging.WARN, logging.FATAL)
print(logging.getLogger("app") is log, logging.getLogger().name, repr(db))
