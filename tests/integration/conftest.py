import pytest

from mathmotion_system import System


@pytest.fixture(scope="module")
def system():
    """One running system per test module."""
    with System() as s:
        yield s
