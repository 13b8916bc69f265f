from pathlib import Path

data = Path("data") / "scores.csv"
print(data, data.exists(), data.is_file(), data.is_dir(), data.suffix)
print(Path.cwd().is_absolute(), data.absolute().is_absolute(), data.absolute().name)
for name in ["stat", "rmdir", "unlink"]:
    try:
        getattr(data, name)()
    except OSError as e:
        print(type(e).__name__, "from", name, e.errno)
try:
    list(Path("missing-dir").iterdir())
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror)
data.unlink(missing_ok=True)
print(list(Path("nowhere").glob("*.py")), Path("a/./b/../c.txt").resolve().parts[-2:])
