"""The legitimate corpus: every scene of legit/ must pass the validator
and render its last frame in the sandbox. A refusal here is a false
positive of the validator (or a limit too tight for real scenes)."""

import pytest

import security_harness as h

CASES = h.legit_cases()
JOBS = [h.Job(c, True) for c in CASES]


def test_corpus_size():
    assert len(CASES) >= 40


@pytest.mark.parametrize("job", JOBS, ids=lambda j: j.case.name)
def test_legit_scene_validates_and_renders(job, runs):
    run = runs[job]
    assert not run.problems, "\n".join(run.problems)
    result = run.result
    assert result["findings"] == [], result["findings"]
    assert result["ok"], (f"{result['errorType']}: {result['message']}\n"
                          f"{result['stderrTail'][-3000:]}")
    assert run.output_bytes.startswith(b"\x89PNG\r\n\x1a\n")
    assert result["output"].endswith(result["videoHash"] + ".png")
