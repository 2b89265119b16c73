"""Golden vectors for cosine similarity (numpy dot and norm) and perplexity
(exp of the mean cross-entropy in nats, 2^ce in bits, -mean(ln p) from probabilities).

Both are restated from numpy's dot, norm, log and exp, not called from a library:
cosine is dot / (|a| |b|) (scipy.spatial.distance.cosine returns the distance 1 - cos,
from which the similarity does not come back to the last bit), and perplexity is the
exponential of a mean cross-entropy (the libraries that compute it need torch, whose
PyPI wheel brings the whole CUDA stack)."""
import numpy as np

from common import floats, write

rng = np.random.default_rng(5)

cosine = []
for i in range(120):
    n = int(rng.integers(1, 17))
    a = rng.normal(0, 1, n) * 10.0 ** int(rng.integers(-3, 4))
    b = rng.normal(0, 1, n) * 10.0 ** int(rng.integers(-3, 4))
    if i % 10 == 0:
        b = a * 2.5  # parallel
    if i % 10 == 1:
        b = -a  # opposite
    cosine.append({
        "a": floats(a), "b": floats(b), "dot": float(np.dot(a, b)),
        "norm_a": float(np.linalg.norm(a)), "norm_b": float(np.linalg.norm(b)),
        "cosine": float(np.dot(a, b) / (np.linalg.norm(a) * np.linalg.norm(b))),
    })

perplexity = []
for i in range(100):
    if i % 2:
        probs = rng.uniform(1e-4, 1, int(rng.integers(1, 30)))
        nats = float(-np.mean(np.log(probs)))
        perplexity.append({"probs": floats(probs), "cross_entropy_nats": nats,
                           "cross_entropy_bits": nats / np.log(2), "perplexity": float(np.exp(nats))})
    else:
        unit = "nats" if i % 4 == 0 else "bits"
        ce = float(rng.uniform(0, 12))
        nats = ce if unit == "nats" else ce * np.log(2)
        perplexity.append({"ce": ce, "unit": unit, "cross_entropy_nats": float(nats),
                           "cross_entropy_bits": float(nats / np.log(2)),
                           "perplexity": float(np.exp(ce) if unit == "nats" else 2.0 ** ce)})

write("cosine.json", {"cases": cosine})
write("perplexity.json", {"cases": perplexity})
