"""Shared helpers for the golden-vector scripts: where files go and how they are written."""
import json
import pathlib

GOLDEN = pathlib.Path(__file__).resolve().parents[2] / "Tests" / "CourseTests" / "Golden"


def write(name, data):
    """Writes `data` as JSON; Python's float repr round-trips every float64 exactly."""
    GOLDEN.mkdir(parents=True, exist_ok=True)
    path = GOLDEN / name
    with open(path, "w") as f:
        json.dump(data, f, allow_nan=False)
        f.write("\n")
    print(f"wrote {path.relative_to(GOLDEN.parents[2])}")


def floats(xs):
    return [float(x) for x in xs]
