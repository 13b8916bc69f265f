import unittest
class T(unittest.TestCase):
    def runTest(self):
        pass
t = T()
checks = [
    lambda: t.assertEqual([1, 2, 3], [1, 2, 4]),
    lambda: t.assertEqual({"a": 1, "b": 2}, {"a": 1, "b": 3}),
    lambda: t.assertEqual("hello\nworld\n", "hello\nthere\n"),
    lambda: t.assertEqual("spam", "eggs"),
    lambda: t.assertEqual((1, 2), (1, 2, 3)),
    lambda: t.assertEqual({1, 2}, {2, 3}),
    lambda: t.assertIn("x", ["a", "b"]),
    lambda: t.assertIsNone(0),
    lambda: t.assertAlmostEqual(1.0, 1.1),
    lambda: t.assertAlmostEqual(1.0, 1.5, delta=0.25),
    lambda: t.assertCountEqual([1, 1, 2], [1, 2, 2]),
    lambda: t.assertIsInstance(3, str),
    lambda: t.assertGreater(1, 2, msg="too small"),
    lambda: t.assertRegex("abc", r"\d+"),
    lambda: t.assertRaises(KeyError, dict().pop, "k", None),
    lambda: t.assertTrue([], "empty"),
]
for check in checks:
    try:
        check()
        print("passed")
    except AssertionError as e:
        print(f"--- {e}")
t.longMessage = False
try:
    t.assertEqual(1, 2, "custom only")
except AssertionError as e:
    print(e)
print(t.id(), repr(t), t.countTestCases())
