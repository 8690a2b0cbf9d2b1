"""The stages, listed once, in the order every article goes through them.

==============  =====================================================================
``clean``       body apart from site chrome; headline, captions, byline, removed lines
``language``    language of the body (articles in other languages stop here)
``published``   publication date, from metadata or estimated from the text
``parse``       spaCy: tokens, sentences, syntax, named entities
``actors``      political actors resolved to canonical actors, with every mention
``quotes``      direct quotes and reported statements, with their speakers
``events``      PLOVER events: source, target, modality, date, place, evidence
==============  =====================================================================

Each stage is a class built once from the options (its factory): stages that hold models or
lexicons load them in ``__init__``. Each stage reads what the ones before it found.
"""

from __future__ import annotations

from typing import Protocol

from ..errors import ConfigurationError
from ..options import Options
from ..pipeline import Stage
from .actors import Actors
from .clean import Clean
from .events import Events
from .language import DetectLanguage
from .parse import Parse
from .published import Published
from .quotes import Quotes


class StageClass(Protocol):
    """A stage class: its declarations, and its constructor as the factory."""

    name: str
    assigns: tuple[str, ...]

    def __call__(self, options: Options) -> Stage: ...


STAGES: tuple[StageClass, ...] = (
    Clean,
    DetectLanguage,
    Published,
    Parse,
    Actors,
    Quotes,
    Events,
)
FACTORIES: dict[str, StageClass] = {cls.name: cls for cls in STAGES}
ORDER: tuple[str, ...] = tuple(FACTORIES)


def build(options: Options) -> list[Stage]:
    """Build the stages named in ``options.stages`` (all by default), in pipeline order."""
    names = options.stages or ORDER
    unknown = [name for name in names if name not in FACTORIES]
    if unknown:
        raise ConfigurationError(
            "options.stages",
            f"unknown stage {', '.join(unknown)}",
            f"choose from {', '.join(ORDER)}",
        )
    return [FACTORIES[name](options) for name in ORDER if name in names]


def assigned_by(name: str) -> tuple[str, ...]:
    """The Article fields stage ``name`` assigns."""
    return FACTORIES[name].assigns
