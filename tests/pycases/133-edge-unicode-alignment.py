words = ["naïve", "café", "日本", "emoji👍", "x"]
for w in words:
    print(f"[{w:<8}] [{w:>8}] [{w:^8}] {len(w)}")
print("".join(sorted("éaèb")), "é" > "e", "Ω".lower(), "ß".upper())
print([c for c in "héllo" if not c.isascii()], "日本語"[1], "日本語"[::-1])
