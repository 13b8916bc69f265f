import operator as op
from functools import reduce

print(op.add(2, 3), op.sub(9, 4), op.mul("ab", 2), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.neg(5), op.pos(-2), op.abs(-3), op.pow(2, 10), op.not_(0), op.truth([]))
print(op.eq(1, 1.0), op.ne("a", "b"), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2))
print(op.is_(None, None), op.is_not(1, None), op.contains([1, 2], 2), op.countOf([1, 2, 1], 1))
print(op.indexOf("abc", "c"), op.getitem({"k": 1}, "k"), op.concat([1], [2]))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.lshift(1, 4), op.rshift(32, 2), op.inv(5))
print(reduce(op.mul, range(1, 6)), reduce(op.add, ["a", "b", "c"]))
d = {"a": 1}
op.setitem(d, "b", 2)
op.delitem(d, "a")
print(d, op.iadd([1], [2]), op.iconcat("x", "y"))
try:
    op.concat(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    op.indexOf([1], 5)
except ValueError as e:
    print("ValueError:", e)
print(op.__name__, op.add.__name__, op.itemgetter.__name__)
