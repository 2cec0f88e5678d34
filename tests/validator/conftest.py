"""pytest configuration for the scene-validator tests."""


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "render: renders scenes with the project's manim venv (slow; skipped "
        "when the Manim venv, $MM_VENV or /opt/mathmotion/venv, is missing)",
    )
