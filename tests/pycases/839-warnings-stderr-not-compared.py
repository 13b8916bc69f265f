import warnings

warnings.warn("goes to stderr only")
print("stdout line after warning")
warnings.warn("second", RuntimeWarning)
warnings.simplefilter("ignore")
warnings.warn("silenced")
print("silenced ok")
warnings.resetwarnings()
with warnings.catch_warnings(record=True) as log:
    warnings.warn("after reset")
print(len(log), log[0].category.__name__ if log else None)
def f():
    warnings.warn("from f", UserWarning)
    return "f done"
print(f())
warnings.simplefilter("error", RuntimeWarning)
warnings.warn("runtime", RuntimeWarning)
