# yields with walrus and default values through or
def prompts():
    name = (yield "name?") or "anonymous"
    print("name:", name)
    if (age := (yield "age?")) and age > 17:
        print("adult", age)
    else:
        print("minor or unknown", age)
    tags = [t for t in ((yield "tags?") or []) if t]
    print("tags:", tags)


for answers in (["", 30, ["a", "", "b"]], ["Ann", None, None], ["Bo", 12, ["x"]]):
    gen = prompts()
    question = next(gen)
    try:
        for answer in answers:
            print("Q", question)
            question = gen.send(answer)
    except StopIteration:
        print("--")
