def describe(user):
    if user is None:
        return "no user"
    if not user.get("active"):
        return f"{user['name']} (inactive)"
    roles = user.get("roles", [])
    if "admin" in roles:
        return f"{user['name']} [admin]"
    return user["name"]
print(describe(None))
print(describe({"name": "ann", "active": False}))
print(describe({"name": "bob", "active": True, "roles": ["admin"]}))
print(describe({"name": "cy", "active": True}))
