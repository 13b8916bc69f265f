age = 30
print("age: " + str(age), "age:", age, f"age: {age}", "age: %d" % age)
print("3" * 3, 3 * "3", int("3") * 3, float("3") * 3)
print("10" < "9", 10 < 9, "10" == 10, str(10) == "10")
try:
    print("age: " + age)
except TypeError:
    print("TypeError: can't concatenate")
