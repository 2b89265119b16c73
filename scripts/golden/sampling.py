"""Golden vectors for softmax with temperature, top-k and top-p, as Content/README.md
defines them: top-k keeps the k most probable (ties: lower index first); top-p keeps
the smallest most-probable prefix whose cumulative probability (renormalised over the
top-k survivors) reaches top_p (within 1e-12); top_p = 1 keeps all; top-k before top-p.
scipy's softmax is the reference for the probabilities.

The top-k/top-p filter is restated here, not called: the reference filters
(transformers' TopKLogitsWarper and TopPLogitsWarper) need torch, whose PyPI wheel
brings the whole CUDA stack."""
import numpy as np
from scipy.special import softmax

from common import floats, write

rng = np.random.default_rng(7)
TOLERANCE = 1e-12


def distribution(kind, values, temperature):
    values = np.asarray(values, dtype=np.float64)
    if kind == "logits":
        ours = np.exp(values / temperature - np.max(values / temperature))
        ours /= ours.sum()
        reference = softmax(values / temperature)
        assert np.allclose(ours, reference, rtol=1e-14, atol=1e-300)
        return reference
    if temperature == 1:
        return values / values.sum()
    with np.errstate(divide="ignore"):
        return softmax(np.log(values) / temperature)


def filter_(p, top_k, top_p):
    n = len(p)
    order = np.argsort(-p, kind="stable")  # stable: equal probabilities keep the lower index first
    after_k = order[: min(top_k or n, n)]
    mass_k = p[after_k].sum()
    cumulative = np.cumsum(p[after_k] / mass_k)
    survivors = after_k
    if top_p is not None and top_p < 1:
        reached = np.nonzero(cumulative >= top_p - TOLERANCE)[0]
        needed = (reached[0] if len(reached) else len(after_k) - 1) + 1
        survivors = after_k[:needed]
    renormalized = np.zeros(n)
    renormalized[survivors] = p[survivors] / p[survivors].sum()
    return order, sorted(int(i) for i in survivors), renormalized


cases = []
for i in range(300):
    n = int(rng.integers(1, 13))
    if i % 3 == 2:
        kind, values = "probs", rng.dirichlet(np.ones(n) * rng.choice([0.3, 1.0, 5.0]))
        values = values / values.sum()
    else:
        kind = "logits"
        values = np.round(rng.normal(0, 3, n), int(rng.choice([0, 1, 2, 6])))  # rounding makes ties
    temperature = float(rng.choice([0.25, 0.5, 0.7, 1.0, 1.3, 2.0]))
    top_k = int(rng.integers(1, n + 3)) if rng.random() < 0.6 else None
    top_p = float(rng.choice([0.1, 0.5, 0.75, 0.9, 0.95, 0.99, 1.0])) if rng.random() < 0.6 else None
    p = distribution(kind, values, temperature)
    order, kept, renormalized = filter_(p, top_k, top_p)
    cases.append({
        kind: floats(values), "temperature": temperature, "top_k": top_k, "top_p": top_p,
        "probabilities": floats(p), "order": [int(i) for i in order],
        "kept": kept, "renormalized": floats(renormalized),
    })

write("sampling.json", {"cases": cases})
