# yield in comparison chains: later links run only while the chain holds
def check(lo):
    ok = lo < (yield "middle") < (yield "upper")
    print("ok", ok)
    same = (yield "x") == (yield "y")
    print("same", same)


def run(answers):
    it = check(1)
    out = [next(it)]
    try:
        for a in answers:
            out.append(it.send(a))
    except StopIteration:
        out.append("stop")
    print(out)


run([5, 10, "a", "a"])
run([0, "b", "c"])
run([5, 2, 1, 1.0])
