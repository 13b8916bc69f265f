print("tab\tseparated\tvalues")
print("line1\nline2")
print("quote: \" and \'")
print("backslash: \\ done")
print("unicode: \u00e9 \u4e2d \U0001F600")
print(r"raw \n string", len(r"\n"))
print("""triple
quoted""")
print('concat' ' ' "implicit")
