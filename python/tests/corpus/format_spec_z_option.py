for v in [-0.0, -0.0001, 0.0001, -1.5, 0.0]:
    print(f"[{v:z.2f}] [{v:.2f}] [{v:z.1e}] [{v:z}] [{v:+z.1f}]")
print(f"[{-0.004:z.2%}] [{-0.00001:z.3g}] [{-0.0:z10.1f}] [{-0.0:z>6}]")
print(format(-0.0, "z.0f"), format(-0.4, "z.0f"), format(-0.6, "z.0f"))
try:
    format(-0, "z")
except ValueError as e:
    print("ValueError:", e)
