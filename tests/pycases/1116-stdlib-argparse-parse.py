import argparse
import contextlib
import io
p = argparse.ArgumentParser(prog="shop", description="Manage the shop.", epilog="Have fun.")
p.add_argument("item", help="what to buy")
p.add_argument("qty", type=int, nargs="?", default=1, help="how many (default: %(default)s)")
p.add_argument("-c", "--color", choices=["red", "blue"], default="red")
p.add_argument("--dry-run", action="store_true", help="do nothing")
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("--size", type=float, metavar="CM", required=False)
g = p.add_mutually_exclusive_group()
g.add_argument("--fast", action="store_true")
g.add_argument("--slow", action="store_false", dest="fast")
print(p.parse_args(["apple"]))
print(p.parse_args(["pear", "3", "-c", "blue", "-vv", "--dry-run", "--size=2.5"]))
print(p.parse_args(["fig", "--slow"]).__dict__)
print(p.format_help())
for bad in (["kiwi", "-c", "green"], [], ["x", "two"], ["x", "--fast", "--slow"]):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            p.parse_args(bad)
    except SystemExit as e:
        print("exit", e.code, err.getvalue().splitlines()[-1])
sub = argparse.ArgumentParser(prog="git")
cmds = sub.add_subparsers(dest="cmd", required=True)
commit = cmds.add_parser("commit", help="record changes")
commit.add_argument("-m", "--message", required=True)
cmds.add_parser("push").add_argument("remote", nargs="*", default=["origin"])
print(sub.parse_args(["commit", "-m", "fix"]), sub.parse_args(["push"]))
print(sub.format_usage(), end="")
ns = argparse.Namespace(a=1)
print(ns, "a" in ns, ns == argparse.Namespace(a=1))
