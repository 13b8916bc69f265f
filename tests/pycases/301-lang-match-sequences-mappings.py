def handle(command):
    match command:
        case []:
            return "empty"
        case ["go", direction]:
            return f"going {direction}"
        case ["pick", *items] if items:
            return f"picking {', '.join(items)}"
        case [first, *_, last]:
            return f"from {first} to {last}"
        case {"action": "move", "to": (x, y)}:
            return f"move to {x},{y}"
        case {"action": action, **rest}:
            return f"action {action} with {sorted(rest)}"
        case _:
            return "unknown"

for cmd in [[], ["go", "north"], ["pick", "a", "b"], ["pick"], (1, 2, 3), {"action": "move", "to": (3, 4)},
            {"action": "stop", "force": True, "now": 1}, {"to": 1}, "go north", range(2)]:
    print(handle(cmd))
