grid = [[0] * 3 for _ in range(3)]
grid[1][2] = 5
print(grid)
shared = [[0] * 3] * 3
shared[0][0] = 1
print(shared)
matrix = [[1, 2, 3], [4, 5, 6]]
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)
print(list(zip(*matrix)))
flat = [x for row in matrix for x in row]
print(flat, sum(flat))
