score = 10
def bump():
    print("before")
    score += 1
    return score
print(score)
bump()
