# coll comprehension conditions
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i, row in enumerate(matrix)], [x for row in matrix if sum(row) > 6 for x in row if x % 2])
print({i: [j for j in range(i)] for i in range(4)})
print([[c.upper() for c in w] for w in ["ab", "c"]])
