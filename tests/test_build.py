"""The builder end to end on the seed corpus."""

from pathlib import Path

from bot.build import build
from tests.conftest import SEEDS


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_same_corpus_gives_byte_identical_briefs(tmp_path: Path, seed_briefs: Path) -> None:
    again = tmp_path / "again"
    build(SEEDS, again, cache_dir=tmp_path / "cache")
    assert _tree(again) == _tree(seed_briefs)


def test_every_actor_has_a_card_file(seed_briefs: Path) -> None:
    names = {p.stem for p in (seed_briefs / "actors").glob("*.yaml")}
    assert {"staffan-de-mistura", "sergey-lavrov", "najy-mustafa"} <= names
