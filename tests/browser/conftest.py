import pytest

from browser_harness import SUITE_CONF, System


@pytest.fixture(scope="module")
def system():
    """One running system for the browser tests of a module."""
    with System(extra_conf=SUITE_CONF) as s:
        yield s
