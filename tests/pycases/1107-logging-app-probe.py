import logging
import sys
logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("shop")
def checkout(cart):
    log.debug("cart: %s", cart)
    total = 0
    for item, price in cart.items():
        if price < 0:
            log.warning("negative price for %s: %.2f", item, price)
            continue
        total += price
    log.info("total is %d items, $%.2f", len(cart), total)
    return total
checkout({"apple": 1.25, "pear": -3, "melon": 4})
log.setLevel(logging.DEBUG)
checkout({"fig": 2})
child = logging.getLogger("shop.payments")
child.error("card declined for %r", "visa")
try:
    1 / 0
except ZeroDivisionError:
    log.error("failed: %s", "division", exc_info=False)
logging.info("root message")
logging.getLogger().setLevel(logging.ERROR)
logging.warning("hidden?")
print(logging.getLevelName(logging.WARNING), logging.INFO, log.isEnabledFor(logging.DEBUG), child.parent.name)
