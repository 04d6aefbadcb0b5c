"""CLI sub-commands, one module per feature; each exposes register(subparsers)."""
