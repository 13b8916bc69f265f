x = "outer"
squares = [x * x for x in range(4)]
print(x, squares)
funcs = [lambda n=i: n * 10 for i in range(3)]
print([f() for f in funcs])
late = [lambda: i for i in range(3)]
print([f() for f in late])
matrix = [[i * j for j in range(1, 4)] for i in range(1, 4)]
print(matrix, matrix[2][1])
