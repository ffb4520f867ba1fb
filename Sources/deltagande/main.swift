import Deltagande
print("hi")
