#!/usr/bin/env python3
"""Times rich (the Python library behind `python -m rich.markdown`) rendering lesson files.

Used by scripts/bench/layout.sh as the reference for `dli-tutor bench layout`: the same
files, the same front-matter stripping, the same width, timed in-process (Python start-up
and file reading are not timed), best and median of several passes over all files.

  rich_layout.py [--width 100] [--iterations 5] FILE...
  rich_layout.py --to-markdown DIR FILE...   # write HTML-to-Markdown copies (markdownify)
"""
import argparse
import io
import os
import statistics
import sys
import time


def body(text):
    """The text after YAML front matter, as `FrontMatter.split` in Swift does."""
    lines = text.split("\n")
    if lines and lines[0].rstrip("\r") == "---":
        for i in range(1, len(lines)):
            if lines[i].rstrip("\r") in ("---", "..."):
                return "\n".join(lines[i + 1:])
    return text


def render_all(bodies, width):
    from rich.console import Console
    from rich.markdown import Markdown

    lines = 0
    for text in bodies:
        out = io.StringIO()
        console = Console(file=out, force_terminal=True, width=width, color_system="standard")
        console.print(Markdown(text, code_theme="monokai", hyperlinks=False))
        lines += out.getvalue().count("\n")
    return lines


def to_markdown(paths, directory):
    from markdownify import markdownify

    def language(element):
        code = element.find("code")
        for name in (code.get("class") if code is not None else None) or []:
            if name.startswith("language-"):
                return name[len("language-"):]
        return ""

    os.makedirs(directory, exist_ok=True)
    for k, path in enumerate(paths):
        with open(path, encoding="utf-8") as f:
            text = body(f.read())
        converted = markdownify(text, heading_style="ATX", bullets="-", code_language_callback=language)
        with open(os.path.join(directory, f"{k:02d}.md"), "w", encoding="utf-8") as f:
            f.write(converted)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+")
    parser.add_argument("--width", type=int, default=100)
    parser.add_argument("--iterations", type=int, default=5)
    parser.add_argument("--to-markdown", metavar="DIR")
    args = parser.parse_args()
    if args.to_markdown:
        to_markdown(args.files, args.to_markdown)
        return
    bodies = []
    for path in args.files:
        with open(path, encoding="utf-8") as f:
            bodies.append(body(f.read()))
    render_all(bodies, args.width)  # warm-up (imports, pygments lexers)
    times = []
    for _ in range(args.iterations):
        start = time.perf_counter()
        lines = render_all(bodies, args.width)
        times.append((time.perf_counter() - start) * 1000)
    size = sum(len(b.encode("utf-8")) for b in bodies)
    print(f"rich: {len(bodies)} files, {size} bytes, {lines} lines at width {args.width}, {args.iterations} passes")
    print(f"rich: best {min(times):.2f} ms, median {statistics.median(times):.2f} ms per pass over all files")
    print(f"rich_ms_best={min(times):.2f} rich_ms_median={statistics.median(times):.2f}")


if __name__ == "__main__":
    sys.exit(main())
