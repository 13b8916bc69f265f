def retry(attempts):
    for attempt in range(attempts):
        try:
            if attempt < 2:
                raise ValueError(f"attempt {attempt} failed")
            yield f"success on {attempt}"
        except ValueError as e:
            yield f"error: {e}"
        else:
            yield "no error"
        finally:
            print("end of attempt", attempt)

for message in retry(3):
    print(message)
