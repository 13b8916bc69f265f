from pathlib import PurePath, PurePosixPath, PureWindowsPath, Path

p = PurePosixPath("/var/log/app/2024-05-01.log.gz")
print(p.name, p.stem, p.suffix, p.suffixes, p.parent, p.anchor, p.parts)
print([str(a) for a in p.parents], p.parents[1], len(p.parents))
print(p.with_suffix(""), p.with_name("current.log"), p.with_stem("today"), p.relative_to("/var"))
try:
    p.relative_to("/etc")
except ValueError as e:
    print("ValueError:", e)
try:
    PurePosixPath("dir/").with_name("")
except ValueError as e:
    print("ValueError:", e)
q = PurePosixPath("src") / "pkg" / "mod.py"
print(repr(q), q, "src" / PurePosixPath("x.py"), q.match("pkg/*.py"), q.match("*.txt"), q.is_absolute())
print(sorted([PurePosixPath("b/a"), PurePosixPath("a/z"), PurePosixPath("a")]), PurePosixPath("a") < PurePosixPath("b"))
w = PureWindowsPath("c:/Users/Bob\\notes.TXT")
print(w, repr(w), w.drive, w.root, w.anchor, w.name, w.suffix, w == PureWindowsPath("C:\\users\\bob\\NOTES.txt"))
print(w.as_posix(), w.parent.parent, PureWindowsPath("//server/share/dir/f.txt").drive, PurePath("a/b") == PurePosixPath("a/b"))
print(str(Path("notes") / "todo.md"), Path("a/b/../c").parts, type(Path("x")).__name__, Path("/srv").is_absolute())
print({PurePosixPath("a/b"), PurePosixPath("a//b")}, PurePosixPath("a/b").as_uri() if False else PurePosixPath("/a b").as_uri())
