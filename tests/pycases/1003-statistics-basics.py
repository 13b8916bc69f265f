import statistics as st
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.median(data), st.mode(data), st.pstdev(data), st.stdev(data))
print(st.variance(data), st.pvariance(data), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.fmean([1.5, 2.5, 3.0]), st.geometric_mean([1, 2, 4]), st.harmonic_mean([40, 60]))
print(st.multimode("aabbbccccdd"), st.mode(["red", "blue", "red"]), st.median([3, 1, 2]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4))
print(st.mean([1.1, 2.2, 3.3]), st.mean([1, 2, 3, 4]))
from fractions import Fraction
from decimal import Decimal
print(st.mean([Fraction(1, 2), Fraction(1, 3)]), st.mean([Decimal("1.1"), Decimal("2.2")]))
scores = {"ann": [90, 85, 77], "ben": [60, 75, 80]}
for name, s in scores.items():
    print(f"{name}: mean={st.mean(s):.2f} sd={st.stdev(s):.3f}")
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
try:
    st.stdev([1])
except st.StatisticsError as e:
    print("StatisticsError:", e)
