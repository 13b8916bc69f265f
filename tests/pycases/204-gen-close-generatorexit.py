def ticker():
    n = 0
    try:
        while True:
            yield n
            n += 1
    except GeneratorExit:
        print("ticker closing at", n)
        raise
    finally:
        print("cleanup")

t = ticker()
print(next(t), next(t), next(t))
t.close()
t.close()
print(next(t, "exhausted"))
