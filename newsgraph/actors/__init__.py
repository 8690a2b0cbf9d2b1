"""Political actors: recognition, resolution to canonical actors, and the cross-article registry."""

from .lookup import actor_at, actors_in

__all__ = ["actor_at", "actors_in"]
