"""Shared fixtures: the seed corpus, built once per test session."""

from pathlib import Path

import pytest

from bot.build import build
from bot.lookup import Index, load_index

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seed_briefs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("briefs") / "briefs"
    build(SEEDS, out, cache_dir=None)
    return out


@pytest.fixture(scope="session")
def seed_index(seed_briefs: Path) -> Index:
    return load_index(seed_briefs)
