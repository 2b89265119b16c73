"""Golden vectors for scaled dot-product attention softmax(QK^T/sqrt(d_k))·V, with the
causal mask top-left aligned as PyTorch's is_causal (query i sees keys 0..i).

Restates the formula with numpy's matrix product and scipy's softmax rather than calling
torch.nn.functional.scaled_dot_product_attention: torch's PyPI wheel brings the whole CUDA
stack (20+ nvidia packages), and it computes in float32 by default."""
import numpy as np
from scipy.special import softmax

from common import floats, write

rng = np.random.default_rng(11)

cases = []
for i in range(120):
    n, m = int(rng.integers(1, 6)), int(rng.integers(1, 6))
    d_k, d_v = int(rng.integers(1, 7)), int(rng.integers(1, 5))
    causal = bool(i % 2)
    q = rng.normal(0, 1.5, (n, d_k))
    k = rng.normal(0, 1.5, (m, d_k))
    v = rng.normal(0, 1, (m, d_v))
    scores = q @ k.T / np.sqrt(d_k)
    if causal:
        scores = np.where(np.triu(np.ones((n, m), dtype=bool), 1), -np.inf, scores)
    weights = softmax(scores, axis=1)
    output = weights @ v
    cases.append({
        "q": [floats(r) for r in q], "k": [floats(r) for r in k], "v": [floats(r) for r in v],
        "causal": causal,
        "scores": [[None if np.isinf(x) else float(x) for x in r] for r in scores],
        "weights": [floats(r) for r in weights], "output": [floats(r) for r in output],
    })

write("attention.json", {"cases": cases})
