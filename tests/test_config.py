"""config.yaml: defaults, paths relative to the file, curation, and errors naming file, line and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import BotSettings, ConfigError, Curation, load_settings
from tests.conftest import ROOT


def _write(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "config.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _error(path: Path) -> str:
    with pytest.raises(ConfigError) as info:
        load_settings(path)
    return str(info.value)


# ---------------------------------------------------------------- defaults and paths

def test_no_config_file_means_the_defaults_beside_where_it_would_be(tmp_path: Path) -> None:
    settings = load_settings(tmp_path / "config.yaml")
    assert settings.corpus == tmp_path / "seeds"
    assert settings.briefs == tmp_path / "briefs"
    assert settings.cache == tmp_path / ".cache" / "articles"
    assert settings.data == tmp_path / "data"
    assert settings.curation == Curation()
    assert settings.bot == BotSettings()
    assert settings.bot.prefix == "!"


def test_no_config_in_the_working_folder_means_the_defaults_there(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    settings = load_settings()
    assert settings.corpus == tmp_path / "seeds"
    assert settings.briefs == tmp_path / "briefs"
    assert settings.bot.prefix == "!"


def test_paths_resolve_against_the_config_files_folder_not_the_working_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    absolute = tmp_path / "state"
    path = _write(tmp_path / "project", f"corpus: articles/2018\nbriefs: ../out\ncache: .cache/x\ndata: {absolute}\n")
    settings = load_settings(path)
    assert settings.corpus == tmp_path / "project" / "articles" / "2018"
    assert settings.briefs == tmp_path / "project" / ".." / "out"
    assert settings.cache == tmp_path / "project" / ".cache" / "x"
    assert settings.data == absolute


def test_cache_null_turns_the_cache_off(tmp_path: Path) -> None:
    assert load_settings(_write(tmp_path, "cache: null\n")).cache is None


def test_an_empty_config_file_means_the_defaults(tmp_path: Path) -> None:
    settings = load_settings(_write(tmp_path, "# nothing set yet\n"))
    assert settings.corpus == tmp_path / "seeds"
    assert settings.cache == tmp_path / ".cache" / "articles"
    assert settings.bot == BotSettings()
    assert settings.curation == Curation()


def test_keys_left_out_keep_their_defaults(tmp_path: Path) -> None:
    settings = load_settings(_write(tmp_path, "briefs: served\nbot:\n  prefix: '?'\n"))
    assert settings.briefs == tmp_path / "served"
    assert settings.corpus == tmp_path / "seeds"
    assert settings.cache == tmp_path / ".cache" / "articles"
    assert settings.bot == BotSettings(prefix="?")


def test_bot_settings_load(tmp_path: Path) -> None:
    path = _write(tmp_path, "cache: null\nbot:\n  prefix: '?'\n  message_content: false\n  test_guilds: [11, 12]\n"
                            "  owner_ids: [7]\n  cooldown_rate: 2\n  cooldown_seconds: 1.5\n  sync_on_start: false\n")
    assert load_settings(path).bot == BotSettings(prefix="?", message_content=False, test_guilds=(11, 12), owner_ids=(7,),
                                                  cooldown_rate=2, cooldown_seconds=1.5, sync_on_start=False)


def test_curation_lists_load(tmp_path: Path) -> None:
    path = _write(tmp_path, """\
curation:
  merge: [["Walid al-Muallem", "Walid al-Moallem"], [HTS, Hay’at Tahrir al-Sham]]
  drop: ["White Helmets"]
  rename: {"Recep Tayyip Erdogan": "Recep Tayyip Erdoğan"}
  kinds: {"Channel One": organisation}
""")
    assert load_settings(path).curation == Curation(
        merge=[["Walid al-Muallem", "Walid al-Moallem"], ["HTS", "Hay’at Tahrir al-Sham"]],
        drop=["White Helmets"],
        rename={"Recep Tayyip Erdogan": "Recep Tayyip Erdoğan"},
        kinds={"Channel One": "organisation"},
    )


def test_the_committed_config_loads() -> None:
    settings = load_settings(ROOT / "config.yaml")
    assert settings.corpus == ROOT / "seeds"
    assert settings.briefs == ROOT / "briefs"
    assert settings.bot.prefix == "!"


# ---------------------------------------------------------------- errors

def test_an_unknown_key_names_the_file_its_line_and_the_key(tmp_path: Path) -> None:
    path = _write(tmp_path, "corpus: seeds\ncache: null\nbot:\n  prefix: '?'\n  colour: red\n")
    message = _error(path)
    assert f"{path}:5:" in message
    assert "'bot.colour'" in message
    assert "prefix" in message  # what it could have been


def test_an_unknown_top_level_key_names_the_file_its_line_and_the_key(tmp_path: Path) -> None:
    path = _write(tmp_path, "corpus: seeds\n\n\nbreifs: out\n")
    message = _error(path)
    assert f"{path}:4:" in message
    assert "'breifs'" in message
    assert "briefs" in message.split("'breifs'", 1)[1]


def test_a_wrong_type_names_the_file_its_line_and_the_key(tmp_path: Path) -> None:
    path = _write(tmp_path, "corpus: seeds\ncache: null\nbot: {prefix: 5}\n")
    message = _error(path)
    assert f"{path}:3:" in message
    assert "'bot.prefix'" in message
    assert "must be str, not int" in message


@pytest.mark.parametrize(("text", "line", "key", "problem"), [
    ("cache: null\nbot:\n  cooldown_rate: true\n", 3, "bot.cooldown_rate", "must be int, not bool"),
    ("cache: null\nbot:\n  cooldown_seconds: fast\n", 3, "bot.cooldown_seconds", "must be int or float, not str"),
    ("cache: 5\n", 1, "cache", "must be str or NoneType, not int"),
    ("corpus: yes\n", 1, "corpus", "must be str, not bool"),
    ("cache: null\ncuration:\n  drop: White Helmets\n", 3, "curation.drop", "must be list, not str"),
    ("cache: null\nbot: [prefix]\n", 2, "bot", "must be a mapping"),
    ("cache: null\nbot:\n  prefix: !\n", 3, "bot.prefix", "must be str, not NoneType"),  # an unquoted ! is a YAML tag
    ("cache: null\ndigest:\n  max_failures: 1.5\n", 3, "digest.max_failures", "must be int, not float"),
])
def test_other_wrong_types_name_the_line_and_the_key(tmp_path: Path, text: str, line: int, key: str, problem: str) -> None:
    path = _write(tmp_path, text)
    message = _error(path)
    assert f"{path}:{line}:" in message
    assert f"'{key}'" in message
    assert problem in message


@pytest.mark.parametrize(("text", "line"), [
    ("corpus: seeds\n  briefs: out\n", 2),
    ("cache: null\nbot:\n  prefix: !!\n", 3),
    ("cache: null\nbot:\n\tprefix: '?'\n", 3),
])
def test_invalid_yaml_names_the_file_and_the_line(tmp_path: Path, text: str, line: int) -> None:
    path = _write(tmp_path, text)
    message = _error(path)
    assert message.startswith(f"{path}:{line}: not valid YAML")


def test_a_list_at_the_top_is_refused_with_the_file_and_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "- corpus\n- seeds\n")
    message = _error(path)
    assert message.startswith(f"{path}:1:")
    assert "mapping" in message
