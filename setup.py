"""Build hook (all metadata lives in pyproject.toml).

The reference cards are kept at the top of the repository (resources/cards/*.md) where card
writers and reviewers find them. A wheel must carry them too, so build_py copies them into
``backjournal/resources/cards/``; backjournal.cards.loader.default_cards_dir() looks there first
and falls back to the checkout's resources/cards.
"""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
CARDS_SOURCE = HERE / "resources" / "cards"


class BuildPyWithCards(build_py):
    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads the checkout's resources/cards directly
        target = Path(self.build_lib) / "backjournal" / "resources" / "cards"
        self.mkpath(str(target))
        for card in sorted(CARDS_SOURCE.glob("*.md")):
            self.copy_file(str(card), str(target / card.name))


setup(cmdclass={"build_py": BuildPyWithCards})
