"""config.yaml is checked at start: each mistake names the file, the key, its line and what was expected."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import ConfigError, load_settings


def _config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("text", "line", "key", "expected"), [
    ("corpus: seeds\ndigest:\n  default_time: '25:00'\n", 3, "digest.default_time", "HH:MM"),
    ("digest:\n  grace_hours: 6\n  default_timezone: Mars/Olympus\n", 3, "digest.default_timezone", "IANA time zone"),
    ("corpus: seeds\nbriefz: out\n", 2, "briefz", "expected one of"),
])
def test_mistakes_name_file_line_key_and_expectation(tmp_path: Path, text: str, line: int, key: str,
                                                     expected: str) -> None:
    path = _config(tmp_path, text)
    with pytest.raises(ConfigError) as error:
        load_settings(path)
    message = str(error.value)
    assert message.startswith(f"{path}:{line}:")
    assert f"'{key}'" in message and expected in message


def test_a_missing_corpus_folder_is_named_with_its_key(tmp_path: Path) -> None:
    settings = load_settings(_config(tmp_path, "data: state\ncorpus: nowhere\n"))
    with pytest.raises(ConfigError) as error:
        settings.require_corpus()
    assert str(error.value).startswith(f"{tmp_path / 'config.yaml'}:2: 'corpus'")
    assert "existing folder" in str(error.value)
