"""The trained models shipped with heard (installed as the package `heard_models`)."""
