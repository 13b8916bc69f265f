# num format g and n
# num format g and n
for v in [0.0001, 123456789.0, 1e-10, 3.0, 1234.5678, 0.5, 100.0]:
    print(f"{v:g} {v:.3g} {v:10.4g}| {v:e} {v:.0e} {v:n}")
print(f"{-0.0:.1f} {round(-0.4)} {round(-0.5, 1)} {-0.0} {0.0 * -1}")
