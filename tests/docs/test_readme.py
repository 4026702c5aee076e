"""The README's code blocks, run verbatim against a store loaded with the bundled corpus.

The tour (``sh``) runs command by command in a folder laid out like a checkout (``.venv``,
``articles/``, ``queries/``, ``../shared``); ``console`` blocks run each ``$`` command and
compare its output with the lines the README shows (``...`` stands for lines left out;
``echo $?`` is the previous command's exit code); the Python block runs as a script and prints
what its ``# comment`` says. Two things differ from a reader's run, both on purpose:
``dealgraph serve`` listens on a free port instead of 5000 (the curl line follows it), and it is
stopped after the commands that follow it. ``make run`` / ``make test`` are not run here (they
set up the machine and run this suite; CI runs them).
"""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.servers import free_port, wait_for_http

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.M | re.S)
ACTIVATE = "source .venv/bin/activate"

pytestmark = [pytest.mark.server]


def fenced(lang: str) -> list[str]:
    return [body for tag, body in FENCE.findall(README.read_text(encoding="utf-8")) if tag == lang]


def commands(lines: list[str]) -> list[str]:
    """Join continuation lines: a command ends where its quotes balance and no \\ ends it."""
    found, current = [], ""
    for line in lines:
        current = f"{current}\n{line}" if current else line
        if current.count("'") % 2 == 0 and not line.rstrip().endswith("\\"):
            found.append(current)
            current = ""
    return found


def console_steps(body: str) -> list[tuple[str, list[str]]]:
    """(command, the output lines the README shows) for each ``$`` line of a console block."""
    steps: list[tuple[str, list[str]]] = []
    lines = body.splitlines()
    i = 0
    while i < len(lines):
        if not lines[i].startswith("$ "):
            i += 1
            continue
        chunk = [lines[i][2:]]
        while chunk and commands(chunk) == [] and i + 1 < len(lines):
            i += 1
            chunk.append(lines[i])
        i += 1
        output = []
        while i < len(lines) and not lines[i].startswith("$ "):
            output.append(lines[i].rstrip())
            i += 1
        steps.append(("\n".join(chunk), output))
    return steps


def shown_in(expected: list[str], actual: list[str]) -> bool:
    """Do the actual lines match the README's, where a ``...`` line stands for any lines?"""
    segments, current = [], []
    for line in expected:
        if line == "...":
            segments.append(current)
            current = []
        else:
            current.append(line)
    segments.append(current)
    if len(segments) == 1:
        return actual == expected
    if actual[:len(segments[0])] != segments[0]:
        return False
    position = len(segments[0])
    for segment in segments[1:-1]:
        while actual[position:position + len(segment)] != segment:
            position += 1
            if position > len(actual):
                return False
        position += len(segment)
    last = segments[-1]
    return not last or actual[-len(last):] == last


@pytest.fixture(scope="module")
def checkout(tmp_path_factory, shared_dir):
    """A folder laid out like the README expects, using this tree's code."""
    work = tmp_path_factory.mktemp("readme") / "work"
    work.mkdir()
    for name in ("articles", "queries"):
        (work / name).symlink_to(ROOT / name)
    (work / ".venv").symlink_to(Path(sys.executable).parent.parent)
    (work.parent / "shared").symlink_to(shared_dir)
    # the Python block's own data file (a reader's, in the README)
    (work / "data.ttl").write_text("<s> <p> <o> .\n", encoding="utf-8")
    return work


def shell(checkout: Path, command: str, **popen) -> subprocess.CompletedProcess | subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("DEALGRAPH_STORE", None)
    script = f"{ACTIVATE}\n{command}"
    if popen:
        return subprocess.Popen(["bash", "-c", script], cwd=checkout, env=env, **popen)
    return subprocess.run(["bash", "-c", script], cwd=checkout, env=env, capture_output=True,
                          text=True, timeout=300)


def test_the_readme_runs_as_written(checkout):
    tours = [b for b in fenced("sh") if "dealgraph load" in b]
    assert len(tours) == 1, "the README has one tour"
    tour = [c for c in commands(tours[0].splitlines()) if c.strip() and c.strip() != ACTIVATE]
    port = free_port()
    server = None
    try:
        for command in tour:
            command = command.replace("127.0.0.1:5000", f"127.0.0.1:{port}")
            if command.startswith("dealgraph serve"):
                server = shell(checkout, f"exec {command} --port {port}", stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, start_new_session=True)
                wait_for_http(f"http://127.0.0.1:{port}/health", timeout=60, process=server)
                continue
            done = shell(checkout, command)
            expected = 1 if "exit 1" in command else 0
            assert done.returncode == expected, f"{command}\n{done.stderr[-2000:]}"
            if command.startswith("curl"):
                rows = done.stdout.splitlines()
                assert rows[0] == "s" and len(rows) > 1, done.stdout
    finally:
        if server is not None:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=20)
    assert "Building prefix dict" not in server.stderr.read().decode()

    previous, checked = 0, []
    for block in fenced("console"):
        for command, output in console_steps(block):
            checked.append(command.split("\n")[0])
            if command == "echo $?":
                assert output == [str(previous)]
                continue
            done = shell(checkout, command)
            previous = done.returncode
            actual = [line.rstrip() for line in done.stdout.splitlines()]
            assert shown_in(output, actual), f"{command}\nREADME:\n" + "\n".join(output) + \
                "\nactual:\n" + "\n".join(actual)

    assert {"dealgraph stats", "dealgraph validate --store data/store --fail-on violation"} \
        <= set(checked) and any("canonicalCapacityGW" in c or "SUM(?gw)" in c for c in checked)

    (python_block,) = fenced("python")
    script = checkout / "readme_example.py"
    script.write_text(python_block, encoding="utf-8")
    done = shell(checkout, f"python {script.name}")
    assert done.returncode == 0, done.stderr[-2000:]
    promised = re.findall(r"print\(.*\)\s+#\s*(.+?)\s*(?:\(|$)", python_block, re.M)
    assert done.stdout.split("\n")[:len(promised)] == promised
    assert "prefix dict" not in done.stderr


def test_console_steps_read_multi_line_commands():
    steps = console_steps("$ dealgraph query 'SELECT\n  *'\nrow\n$ echo $?\n0\n")
    assert steps == [("dealgraph query 'SELECT\n  *'", ["row"]), ("echo $?", ["0"])]
    assert shown_in(["a", "...", "c"], ["a", "b", "c"]) and not shown_in(["a"], ["a", "b"])
