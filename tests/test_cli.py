"""`python -m bot` as a user runs it: build, ask, console and run, each as a subprocess."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import bot.build
from bot import cards
from tests.conftest import ROOT

STRIKE = ROOT / "tests" / "fixtures" / "strike"  # a two-article corpus on another subject


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISCORD_TOKEN", "LOG_LEVEL") and not k.startswith("BRIEFBOT_")}
    env["PYTHONUTF8"] = "1"
    env.update(extra)
    return env


def bot_cli(*args: str | Path, cwd: Path, stdin: str = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", *map(str, args)], cwd=cwd, input=stdin, capture_output=True,
                          text=True, encoding="utf-8", env=env or _env(), timeout=120)


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


@pytest.fixture
def previous_briefs(seed_briefs: Path, tmp_path: Path) -> Path:
    """Briefs already served, in a folder of their own, that a failed build must leave alone."""
    out = tmp_path / "site" / "briefs"
    shutil.copytree(seed_briefs, out)
    return out


# ---------------------------------------------------------------- build

def test_build_of_an_empty_corpus_exits_non_zero_with_one_line(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = bot_cli("build", "--corpus", tmp_path / "empty", "--out", tmp_path / "out", cwd=tmp_path)
    assert result.returncode != 0
    assert _lines(result.stderr) == [f"briefbot build: no readable articles in {tmp_path / 'empty'}"]
    assert not (tmp_path / "out").exists()


def test_build_of_a_missing_corpus_exits_non_zero_with_one_line(tmp_path: Path) -> None:
    result = bot_cli("build", "--corpus", tmp_path / "nowhere", "--out", tmp_path / "out", cwd=tmp_path)
    assert result.returncode != 0
    (line,) = _lines(result.stderr)
    assert str(tmp_path / "nowhere") in line
    assert "does not exist" in line
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_build_of_a_corpus_with_nothing_readable_names_each_skipped_file_then_the_reason(tmp_path: Path) -> None:
    junk = tmp_path / "junk"
    junk.mkdir()
    (junk / "empty.txt").write_text("", encoding="utf-8")
    (junk / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    result = bot_cli("build", "--corpus", junk, "--out", tmp_path / "out", cwd=tmp_path)
    assert result.returncode != 0
    lines = _lines(result.stderr)
    assert any("empty.txt" in line for line in lines[:-1])
    assert any("photo.png" in line for line in lines[:-1])
    assert lines[-1] == f"briefbot build: no readable articles in {junk}"


def test_build_succeeds_and_says_what_it_built(tmp_path: Path) -> None:
    result = bot_cli("build", "--corpus", STRIKE, "--out", tmp_path / "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"built {tmp_path / 'out'}: 2 articles, ")
    assert cards.load_briefs(tmp_path / "out").sources


def test_a_build_that_exits_early_leaves_the_previous_briefs_byte_identical(previous_briefs: Path, tmp_path: Path) -> None:
    before = _tree(previous_briefs)
    (tmp_path / "empty").mkdir()
    result = bot_cli("build", "--corpus", tmp_path / "empty", "--out", previous_briefs, cwd=tmp_path)
    assert result.returncode != 0
    assert _tree(previous_briefs) == before


def _leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.iterdir() if p != out)


def test_a_build_that_fails_in_merge_leaves_the_previous_briefs_byte_identical(
        previous_briefs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = _tree(previous_briefs)

    def broken_merge(*args, **kwargs):
        raise RuntimeError("merge blew up")

    monkeypatch.setattr(bot.build, "merge", broken_merge)
    with pytest.raises(RuntimeError, match="merge blew up"):
        bot.build.build(STRIKE, previous_briefs, cache_dir=None)
    assert _tree(previous_briefs) == before
    assert _leftovers(previous_briefs) == []


def test_a_build_that_fails_while_writing_leaves_the_previous_briefs_byte_identical(
        previous_briefs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk fills up after some cards are written: the half-written set never replaces the old one."""
    before = _tree(previous_briefs)
    write = cards.write_briefs

    def write_then_fail(briefs: cards.Briefs, out: Path, *how: object) -> None:
        write(briefs, out, *how)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cards, "write_briefs", write_then_fail)
    with pytest.raises(OSError, match="No space left"):
        bot.build.build(STRIKE, previous_briefs, cache_dir=None)
    assert _tree(previous_briefs) == before
    assert _leftovers(previous_briefs) == []


def test_a_build_whose_cards_do_not_read_back_leaves_the_previous_briefs_byte_identical(
        previous_briefs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = _tree(previous_briefs)

    monkeypatch.setattr(cards, "load_index_file", lambda root: None)
    with pytest.raises(cards.CardError):
        bot.build.build(STRIKE, previous_briefs, cache_dir=None)
    assert _tree(previous_briefs) == before
    assert _leftovers(previous_briefs) == []


def test_the_same_build_without_a_failure_does_replace_them(previous_briefs: Path) -> None:
    """The counterpart of the three tests above: with nothing broken, the strike corpus replaces the seeds."""
    bot.build.build(STRIKE, previous_briefs, cache_dir=None)
    assert len(cards.load_briefs(previous_briefs).sources) == 2
    assert _leftovers(previous_briefs) == []


# ---------------------------------------------------------------- ask

@pytest.mark.parametrize(("text", "expected"), [
    ("", ["Commands start with !", "!help"]),
    ("hello", ["Commands start with !", "!help"]),
    ("!nosuchcommand", ["Unknown command", "There is no !nosuchcommand", "!help"]),
    ("!who", ["Actors (", "Staffan de Mistura", "Sergey Lavrov"]),
    ("!who @everyone", ["No such actor", "Nobody called “@everyone”"]),
    ("!timeline from:notadate", ["“notadate” is not a date like 2018", "Usage: !timeline"]),
    ("!search", ["Give one or more words", "Usage: !search"]),
    ("!who " + "abc " * 2000, ["No such actor", "…"]),
    ("!search " + "chlorine " * 800, ["Search: chlorine chlorine", "…", "HTS has never used chlorine"]),
    ("!who 日本 🙂", ["No such actor", "Nobody called “日本 🙂”", "Try !who for the list"]),
    ("!search Ünïcødé 日本 🙂", ["Search: Ünïcødé 日本 🙂", "No fact has all those words."]),
    ("!who Staffan de Mistura’s", ["Staffan de Mistura", "Sources:"]),
], ids=["empty", "hello", "unknown-command", "who-alone", "who-everyone", "timeline-bad-date", "search-alone",
        "long-who", "long-search", "unicode-who", "unicode-search", "curly-apostrophe"])
def test_ask_answers_odd_texts_helpfully(seed_briefs: Path, tmp_path: Path, text: str, expected: list[str]) -> None:
    result = bot_cli("ask", "--briefs", seed_briefs, text, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    for part in expected:
        assert part in result.stdout
    assert len(result.stdout) < 12_000  # two pages at most, however long the question


def test_ask_joins_several_words_into_one_message(seed_briefs: Path, tmp_path: Path) -> None:
    result = bot_cli("ask", "--briefs", seed_briefs, "!who", "de", "mistura", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.splitlines()[0] == "Staffan de Mistura"


def test_ask_without_briefs_says_how_to_make_them(tmp_path: Path) -> None:
    result = bot_cli("ask", "--briefs", tmp_path / "no-briefs", "!who lavrov", cwd=tmp_path)
    assert result.returncode == 0
    assert "Traceback" not in result.stderr
    (line,) = _lines(result.stdout)
    assert "the briefs cannot be loaded" in line
    assert str(tmp_path / "no-briefs") in line
    assert "python -m bot build" in line


def test_ask_reads_the_briefs_and_prefix_from_the_config_beside_it(seed_briefs: Path, tmp_path: Path) -> None:
    (tmp_path / "config.yaml").write_text(f"briefs: {seed_briefs}\ncache: null\nbot:\n  prefix: '?'\n", encoding="utf-8")
    result = bot_cli("ask", "?who lavrov", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "Sergey Lavrov"
    hint = bot_cli("ask", "!who lavrov", cwd=tmp_path)
    assert "Commands start with ?" in hint.stdout


def test_a_broken_config_stops_every_command_with_file_line_and_key(tmp_path: Path) -> None:
    (tmp_path / "config.yaml").write_text("cache: null\nbot:\n  prefix: 5\n", encoding="utf-8")
    result = bot_cli("ask", "!help", cwd=tmp_path)
    assert result.returncode != 0
    assert _lines(result.stderr) == ["briefbot: config.yaml:3: 'bot.prefix' must be str, not int"]
    assert result.stdout == ""


# ---------------------------------------------------------------- run and console

def test_run_without_a_token_exits_non_zero_with_one_line(seed_briefs: Path, tmp_path: Path) -> None:
    (tmp_path / "config.yaml").write_text(f"briefs: {seed_briefs}\ncache: null\n", encoding="utf-8")
    result = bot_cli("run", cwd=tmp_path)
    assert result.returncode != 0
    (line,) = _lines(result.stdout + result.stderr)
    assert "DISCORD_TOKEN is not set" in line
    assert "console" in line


def test_console_answers_each_line_and_stops_on_quit(seed_briefs: Path, tmp_path: Path) -> None:
    result = bot_cli("console", "--briefs", seed_briefs, cwd=tmp_path, stdin="!who lavrov\n\n   \n!about\nquit\n!help\n")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.splitlines()[0].startswith("briefbot console: ")
    assert "from 5 articles" in out.splitlines()[0]
    assert "Sergey Lavrov" in out
    assert "About briefbot" in out
    assert out.index("Sergey Lavrov") < out.index("About briefbot")
    assert "briefbot commands" not in out  # !help came after quit


@pytest.mark.parametrize("stop", ["QUIT", "exit"])
def test_console_stops_on_quit_in_any_case_and_on_exit(seed_briefs: Path, tmp_path: Path, stop: str) -> None:
    result = bot_cli("console", "--briefs", seed_briefs, cwd=tmp_path, stdin=f"{stop}\n!help\n")
    assert result.returncode == 0
    assert "briefbot commands" not in result.stdout


def test_console_stops_at_the_end_of_its_input(seed_briefs: Path, tmp_path: Path) -> None:
    result = bot_cli("console", "--briefs", seed_briefs, cwd=tmp_path, stdin="!help")
    assert result.returncode == 0
    assert "briefbot commands" in result.stdout
    assert "!who [name]" in result.stdout


def test_console_without_briefs_exits_non_zero_with_one_line(tmp_path: Path) -> None:
    result = bot_cli("console", "--briefs", tmp_path / "no-briefs", cwd=tmp_path, stdin="!help\nquit\n")
    assert result.returncode != 0
    (line,) = _lines(result.stderr)
    assert "the briefs cannot be loaded" in line
    assert "python -m bot build" in line

