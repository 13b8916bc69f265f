import sys

def main():
    print("starting")
    try:
        sys.exit(3)
    except SystemExit as e:
        print("caught exit", e.code if hasattr(e, "code") else e.args)
    print("continuing")
    try:
        sys.exit("fatal: stopping")
    except SystemExit as e:
        print("exit message:", e)

main()
