import heapq
h = []
for x in [5, 1, 8, 3, 2, 9]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(3)], h)
data = [9, 3, 7, 1, 4]
heapq.heapify(data)
print(data, heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), data)
print(heapq.nlargest(2, [4, 1, 9, 7]), heapq.nsmallest(3, [4, 1, 9, 7]))
tasks = [(3, "write"), (1, "plan"), (2, "code")]
heapq.heapify(tasks)
while tasks:
    prio, name = heapq.heappop(tasks)
    print(prio, name)
people = [{"n": "a", "age": 30}, {"n": "b", "age": 25}, {"n": "c", "age": 35}]
print(heapq.nsmallest(2, people, key=lambda p: p["age"]))
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])))
print(list(heapq.merge(["b", "dd"], ["a", "ccc"], key=len, reverse=False)))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
