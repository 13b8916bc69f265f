import io
import unittest
class Account:
    def __init__(self, balance=0): self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds")
        self.balance -= amount
class TestAccount(unittest.TestCase):
    def setUp(self):
        self.acct = Account(100)
    def test_withdraw(self):
        """Withdrawing lowers the balance."""
        self.acct.withdraw(30)
        self.assertEqual(self.acct.balance, 70)
    def test_overdraw(self):
        with self.assertRaises(ValueError) as cm:
            self.acct.withdraw(500)
        self.assertEqual(str(cm.exception), "insufficient funds")
    def test_broken(self):
        self.assertEqual(self.acct.balance, 99, "balance mismatch")
    def test_error(self):
        self.acct.deposit(5)
    @unittest.skip("not ready")
    def test_skipped(self):
        pass
    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertTrue(False)
    def test_sub(self):
        for n in (1, 2, 3):
            with self.subTest(n=n):
                self.assertLess(n, 3)
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(unittest.TestLoader().loadTestsFromTestCase(TestAccount))
out = stream.getvalue().splitlines()
print("\n".join(line for line in out if " ... " in line or line.startswith(("FAIL", "ERROR", "OK", "AssertionError", "AttributeError"))))
print(result, result.testsRun, len(result.skipped), len(result.expectedFailures), result.wasSuccessful())
print([str(t) for t, _ in result.failures])
