import difflib
sm = difflib.SequenceMatcher(None, "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(sm.ratio(), 4), sm.find_longest_match(0, 29, 0, 38))
for tag, i1, i2, j1, j2 in sm.get_opcodes():
    print(f"{tag:7} a[{i1}:{i2}] b[{j1}:{j2}]")
sm2 = difflib.SequenceMatcher(lambda c: c == " ", "a b c d", "a x c y")
print(sm2.get_matching_blocks(), sm2.quick_ratio(), sm2.real_quick_ratio())
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", ["while", "whale", "wheat", "shell"], n=2, cutoff=0.5))
old = ["alpha\n", "beta\n", "gamma\n", "delta\n", "epsilon\n"]
new = ["alpha\n", "BETA\n", "gamma\n", "delta\n", "zeta\n", "epsilon\n"]
print("".join(difflib.unified_diff(old, new, "a.txt", "b.txt", n=1)), end="")
print("".join(difflib.context_diff(old, new, "a.txt", "b.txt", n=0)), end="")
diff = list(difflib.ndiff(["one two three\n"], ["ore tree emu\n"]))
print("".join(diff), end="")
print("".join(difflib.restore(diff, 2)), end="")
print(list(difflib.unified_diff(["x"], ["y"], lineterm="")))
