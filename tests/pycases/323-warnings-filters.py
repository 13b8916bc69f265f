import warnings

warnings.filterwarnings("error", category=RuntimeWarning)
try:
    warnings.warn("runtime", RuntimeWarning)
except RuntimeWarning as e:
    print(type(e).__name__, e)
warnings.simplefilter("ignore", UserWarning)
warnings.warn("user", UserWarning)
print("user warnings ignored")
try:
    warnings.warn("bad", category=int)
except TypeError:
    print("TypeError")
