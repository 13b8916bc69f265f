def handle(command):
    action, _, arg = command.partition(" ")
    handlers = {
        "add": lambda a: f"adding {a}",
        "del": lambda a: f"deleting {a}",
        "list": lambda a: "listing all",
    }
    handler = handlers.get(action)
    if handler is None:
        return f"unknown command {action!r}"
    return handler(arg)
for cmd in ["add milk", "del eggs", "list", "jump high"]:
    print(handle(cmd))
