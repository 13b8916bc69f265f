from collections import Counter
import heapq
import bisect
def two_sum(nums, target):
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return [seen[target - n], i]
        seen[n] = i
def is_anagram(a, b):
    return Counter(a.replace(" ", "").lower()) == Counter(b.replace(" ", "").lower())
def valid_parens(s):
    stack, pairs = [], {")": "(", "]": "[", "}": "{"}
    for ch in s:
        if ch in "([{":
            stack.append(ch)
        elif not stack or stack.pop() != pairs[ch]:
            return False
    return not stack
print(two_sum([2, 7, 11, 15], 9), two_sum([3, 2, 4], 6))
print(is_anagram("Dormitory", "dirty room"), valid_parens("([]{})"), valid_parens("(]"))
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, [5, 1, 8], key=lambda x: -x))
h = []
for x in [5, 3, 8, 1]:
    heapq.heappush(h, (x, str(x)))
print([heapq.heappop(h)[1] for _ in range(len(h))])
a = [1, 3, 3, 5, 8]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 4))
bisect.insort(a, 4)
print(a, [x for x in range(2, 30) if all(x % d for d in range(2, int(x ** .5) + 1))])
print(["Fizz" * (i % 3 == 0) + "Buzz" * (i % 5 == 0) or str(i) for i in range(1, 16)])
print(max(sorted(set("programming")), key="programming".count), "".join(dict.fromkeys("mississippi")))
