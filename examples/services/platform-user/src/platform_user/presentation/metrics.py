"""The metrics the SLOs in openslo.yaml query."""

from prometheus_client import Counter, Histogram

# The latency SLO counts the requests under 0.2 s, so 0.2 is a bound.
LATENCY_BUCKETS = (0.05, 0.1, 0.2, 0.5, 1.0, 2.5)

REQUESTS = Counter("http_requests", "HTTP requests answered.", ["method", "route", "code"])
LATENCY = Histogram(
    "http_request_duration_seconds",
    "Time to answer an HTTP request.",
    ["method", "route"],
    buckets=LATENCY_BUCKETS,
)
