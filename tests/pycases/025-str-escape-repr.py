s = 'It\'s "quoted"'
print(s)
print(repr(s))
print(repr("tab\there"), repr("new\nline"), repr("back\\slash"))
print(repr('single \' only'), repr("both ' and \""))
print(len("\n\t\\"), "a\tb")
print(str(3.0), str([1, "a"]), repr([1, "a"]))
