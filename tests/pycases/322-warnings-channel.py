import warnings

def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning)
    return 1

warnings.simplefilter("ignore")
print(old_api())
warnings.warn("plain warning")
warnings.simplefilter("error")
try:
    warnings.warn("now an error", UserWarning)
except UserWarning as w:
    print("raised:", w)
warnings.simplefilter("ignore")
warnings.warn("ignored")
print("end")
