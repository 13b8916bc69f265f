import os
import os.path
from os import path
DATABASE_URL = os.environ.get("DATABASE_URL", "sqlite://")
print(DATABASE_URL, os.getenv("NOPE_NOT_SET"), os.getenv("NOPE_NOT_SET", "dflt"))
os.environ["APP_MODE"] = "test"
print(os.environ["APP_MODE"], "APP_MODE" in os.environ, os.environ.setdefault("APP_MODE", "x"))
try:
    os.environ["MISSING_KEY_FOR_TEST"]
except KeyError as e:
    print("KeyError", e)
print(os.path.join("data", "raw", "file.csv"), os.path.join("/a", "/b", "c"), os.path.join("a/", "b"))
print(os.path.basename("/tmp/x/report.txt"), os.path.dirname("/tmp/x/report.txt"), os.path.dirname("file"))
print(os.path.splitext("archive.tar.gz"), os.path.splitext(".bashrc"), os.path.split("/usr/lib/"))
print(path.normpath("a//b/./c/../d"), path.isabs("/x"), path.isabs("x"), os.sep, repr(os.linesep))
print(os.path is path, os.path.exists("/definitely/not/here.db"))
try:
    os.path.join("a", 3)
except TypeError as e:
    print("TypeError", e)
