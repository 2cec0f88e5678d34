"""The adversarial suite: every scene of hostile/ runs twice through the
agent's one-shot mode, once through the validator and once with
--no-validate. Through the validator it must be refused with the finding
its header names (or, if the validator accepts it, be contained); without
it the sandbox must contain it: a typed failure (runtime_error, timeout,
resource_limit) or a harmless success. Either way no canary may appear in
the JSON, the agent's log or the stored file, the loopback listener must
see nothing, the host must be unchanged and no process may be left. A
scene that renders is rendered a second time with other canary values,
and its frame must come out byte-identical."""

import collections

import pytest

import security_harness as h

CASES = h.hostile_cases()
JOBS = [h.Job(c, v) for c in CASES for v in (True, False)]
GRACE = 20  # seconds past the wall clock for start-up and collection


def test_case_counts():
    kinds = collections.Counter(c.kind for c in CASES)
    assert len(CASES) >= 40
    assert set(kinds) == set(h.KINDS), kinds
    assert all(n >= 2 for n in kinds.values()), kinds


@pytest.mark.parametrize("job", JOBS, ids=str)
def test_hostile(job, runs):
    run = runs[job]
    assert not run.problems, "\n".join(run.problems)
    result, case = run.result, job.case
    if job.validate and case.expect[0] == "rejected":
        rules = {f["rule"] for f in result["findings"]}
        assert result["errorType"] == "validation", result
        assert case.expect[1] in rules, result["findings"]
        assert result["message"].startswith("The code was refused by the "
                                            "safety check. Line ")
        assert all(f["line"] >= 1 and len(f["message"]) > 20
                   for f in result["findings"])
        return
    allowed = case.expect[1:] if job.validate else case.sandbox
    assert run.outcome in allowed, (
        f"{run.outcome}: {result['message']}\n{result['stderrTail'][-2000:]}")
    if run.outcome == "ok":
        assert run.rerun_hash == result["videoHash"], \
            "the frame changed with the canary values"
    else:
        assert result["message"] and len(result["message"]) > 20
    assert run.seconds < case.wall + GRACE


def test_no_process_left_its_sandbox(runs):
    assert runs["stray"] == []
