nothing, idx, half = None, "a", 1.5
def run(fn):
    try:
        fn()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
run(lambda: 1 % 0)
run(lambda: 1 // 0)
run(lambda: divmod(1, 0))
run(lambda: divmod(1.0, 0))
run(lambda: divmod(5, 0.0))
run(lambda: 5 % 0.0)
run(lambda: 5.0 // 0)
run(lambda: 2 ** 70 % 0)
run(lambda: "abc"[nothing])
run(lambda: "abc"[half])
run(lambda: [1, 2][idx])
run(lambda: (1,)[nothing])
run(lambda: " ".join(None))
run(lambda: ",".join(5))
run(lambda: ",".join([1]))
run(lambda: [1, 2, 3].index(9))
