"""pytest configuration of the gallery suite: a summary of the renders."""


def pytest_terminal_summary(terminalreporter, config):
    """How long the agent's renders took, slowest first."""
    renders = getattr(config, "mm_gallery_renders", None)
    if not renders:
        return
    seconds, runs = renders
    terminalreporter.write_line(
        f"gallery: {len(runs)} renders in {seconds:.0f} s; slowest:")
    for r in runs[:6]:
        kind = "video" if r.job.video else "frame"
        terminalreporter.write_line(
            f"  {r.seconds:5.1f} s  {r.job.example} {r.job.style} {kind}")
