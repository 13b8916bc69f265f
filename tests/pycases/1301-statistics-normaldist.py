from statistics import NormalDist, StatisticsError

iq = NormalDist(100, 15)
print(iq, iq.mean, iq.stdev, iq.variance, iq.median, iq.mode)
print(round(iq.cdf(130), 6), round(iq.inv_cdf(0.975), 4), round(iq.pdf(100), 6), round(iq.zscore(115), 6))
print([round(q, 3) for q in iq.quantiles(4)], round(iq.overlap(NormalDist(110, 10)), 6))
scores = [72, 85, 90, 66, 78, 88, 95, 70]
fit = NormalDist.from_samples(scores)
print(round(fit.mean, 3), round(fit.stdev, 3), f"{1 - fit.cdf(90):.1%} above 90")
print(iq + 5, iq * 2, iq - NormalDist(10, 20), iq == NormalDist(100, 15), NormalDist())
try:
    NormalDist(0, -1)
except StatisticsError as e:
    print("StatisticsError:", e)
try:
    iq.inv_cdf(1.5)
except StatisticsError as e:
    print("StatisticsError:", e)
