print(int("٣"), int("١٢٣"), int("  ४२ "), int("１２"), float("١.٥"), float("٣e٢"))
print(int("٣", 16), int("-٧"), float(" -٢.٥ "), int("1_٠٠٠"))
print("٣".isdigit(), "٣".isdecimal(), int("𝟕"))
for bad in ["٣x", "½", "²"]:
    try:
        print(int(bad))
    except ValueError as e:
        print("ValueError", e)
try:
    float("١..٥")
except ValueError as e:
    print("ValueError", e)
