"""Property-based requests from the OpenAPI spec (schemathesis): no input gets a 5xx.

Valid and invalid cases for every operation, on DuckDB and PostgreSQL, with a fixed seed and a
bounded number of examples so CI runs the same cases each time. The coder is a stand-in:
what is tested is the API's handling of input, not the extraction.
"""

from __future__ import annotations

import os
from collections import Counter

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.generation.modes import GenerationMode

from eventcoder.records import Event
from eventcoder.serve import create_app
from test_api_data import filled_store, sample

# Bounded for CI; EVENTCODER_FUZZ_EXAMPLES raises it for a longer run (prints the counts with -s).
EXAMPLES_PER_OPERATION = int(os.environ.get("EVENTCODER_FUZZ_EXAMPLES", "25"))


def _code_nothing(article):  # type: ignore[no-untyped-def]
    """Stand-in coder: no events, after touching the text as the real one does."""
    article.text.encode("utf-8")
    return list[Event]()


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_no_request_gets_a_server_error(store_url, monkeypatch, mode):
    import eventcoder.pipeline

    monkeypatch.setattr(eventcoder.pipeline, "code_article", _code_nothing)
    monkeypatch.setenv("EVENTCODER_MAX_CHARS", "5000")
    statuses: Counter[int] = Counter()
    with filled_store(sample(), store_url) as store:
        schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(store))
        operations = [result.ok() for result in schema.get_all_operations()]
        assert len(operations) >= 5
        for operation in operations:

            @given(case=operation.as_strategy(generation_mode=mode))
            @settings(
                max_examples=EXAMPLES_PER_OPERATION,
                derandomize=True,
                deadline=None,
                database=None,
                suppress_health_check=list(HealthCheck),
            )
            def no_server_error(case):  # type: ignore[no-untyped-def]
                response = case.call()
                statuses[response.status_code] += 1
                assert response.status_code < 500, (case.as_curl_command(), response.text[:500])

            try:
                no_server_error()
            except Unsatisfiable:  # nothing in the operation can be made invalid (GET /stats)
                assert mode is GenerationMode.NEGATIVE
    print(f"\n{mode} {store_url.split('?')[0]}: {sum(statuses.values())} cases", dict(statuses))
    assert sum(statuses.values()) >= len(operations) * 5
    assert not [status for status in statuses if status >= 500]
    if mode is GenerationMode.NEGATIVE:
        assert statuses[422] > 0  # invalid input was sent and refused
