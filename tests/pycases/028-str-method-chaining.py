raw = "  Alice Smith <ALICE@Example.com>  "
clean = raw.strip()
name, _, email = clean.partition(" <")
email = email.rstrip(">").lower()
first, last = name.split()
print(first, last, email)
print(email.split("@")[1].split(".")[0].upper())
username = email[: email.index("@")]
print(username, username.title(), username[::-1])
print(f"{last.upper()}, {first[0]}.")
