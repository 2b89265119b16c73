"""Shared helpers for the golden-vector scripts: where files go and how they are written."""
import importlib.metadata
import json
import pathlib
import sys

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


def check_requirements():
    """Exits with a message unless every package pinned in requirements.txt is installed at its version."""
    wrong = []
    for line in (pathlib.Path(__file__).parent / "requirements.txt").read_text().splitlines():
        line = line.split("#")[0].strip()
        if not line:
            continue
        name, version = line.split("==")
        try:
            found = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            found = "not installed"
        if found != version:
            wrong.append(f"{name} {found} (needs {version})")
    if wrong:
        sys.exit("generate: " + "; ".join(wrong) + "\n  (in a virtual environment) pip install -r scripts/golden/requirements.txt")
