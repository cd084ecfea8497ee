"""Draws panels.json (from render-dashboard.ts) as one PNG laid out on the dashboard's 24-column grid."""
import json
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

data = json.load(open(sys.argv[1]))
panels = data["panels"]
rows = max(p["gridPos"]["y"] + p["gridPos"]["h"] for p in panels)
fig = plt.figure(figsize=(20, rows * 0.42))
grid = fig.add_gridspec(rows, 24, hspace=3.2, wspace=1.2)
for p in panels:
    g = p["gridPos"]
    ax = fig.add_subplot(grid[g["y"] : g["y"] + g["h"], g["x"] : g["x"] + g["w"]])
    ax.set_title(p["title"], fontsize=10, loc="left")
    unit = p["unit"]
    if p["type"] == "stat":
        ax.axis("off")
        values = [s["points"][-1][1] for s in p["series"] if s["points"]]
        text = "no data" if not values else (f"{values[0]*1000:.1f} ms" if unit == "s" else f"{values[0]:.1f}")
        ax.text(0.5, 0.4, text, fontsize=26, ha="center", va="center", color="#1f7a1f")
        continue
    for s in p["series"]:
        xs = [pt[0] for pt in s["points"]]
        ys = [pt[1] * (1000 if unit == "s" else 1) for pt in s["points"]]
        ax.plot(xs, ys, label=s["legend"], linewidth=1.2)
    ax.set_ylabel({"s": "ms", "reqps": "per s"}.get(unit, ""), fontsize=8)
    ax.set_xlabel("seconds", fontsize=8)
    ax.tick_params(labelsize=7)
    if p["series"]:
        ax.legend(fontsize=7, loc="upper left")
    else:
        ax.text(0.5, 0.5, "no data", ha="center", transform=ax.transAxes)
fig.suptitle(f"Tertulia chat dashboard: panels' queries against a local Prometheus ({data['sent']} messages in {data['seconds']} s)", fontsize=12)
fig.savefig(sys.argv[2], dpi=80, bbox_inches="tight")
