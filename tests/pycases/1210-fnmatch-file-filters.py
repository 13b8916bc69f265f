import fnmatch
files = ["main.py", "test_main.py", "README.md", "setup.cfg", "docs/index.rst", "src/app.py", "src/util.PY", ".gitignore", "data_2024.csv", "data_2023.csv"]
print(fnmatch.filter(files, "*.py"))
print([f for f in files if fnmatch.fnmatch(f, "test_*")], [f for f in files if fnmatch.fnmatchcase(f, "*.PY")])
print(fnmatch.filter(files, "data_202[34].csv"), fnmatch.filter(files, "data_202?.csv"), fnmatch.filter(files, "[!.]*.c*"))
print(fnmatch.translate("*.py"), fnmatch.fnmatch("src/app.py", "*.py"), fnmatch.fnmatch("src/app.py", "src/*"))
ignore = ["*.pyc", "__pycache__", ".*", "build/*"]
paths = ["a.py", "a.pyc", ".env", "build/out.o", "lib/__pycache__", "__pycache__", "src/b.py"]
print([p for p in paths if not any(fnmatch.fnmatch(p, pat) for pat in ignore)])
