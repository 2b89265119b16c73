"""Golden vectors for the DDPM noise schedules in float64.

linear: np.linspace(beta_start, beta_end, T) (what torch.linspace and diffusers'
"linear" compute). cosine: diffusers' betas_for_alpha_bar(alpha_transform_type="cosine"),
i.e. "squaredcos_cap_v2", copied here line for line but kept in float64 (diffusers
returns float32). alpha_bar is the running product of 1 - beta, as diffusers'
alphas_cumprod.

The cosine schedule is restated, not called: diffusers 0.42.1 installs from PyPI
without torch, but DDPMScheduler (and betas_for_alpha_bar) then refuse to load
("DDPMScheduler requires the PyTorch library"), and torch's PyPI wheel brings the
whole CUDA stack (20+ nvidia packages); diffusers would also round the
betas to float32, which the float64 vectors are meant to avoid."""
import math

import numpy as np

from common import floats, write

rng = np.random.default_rng(3)


def linear(T, beta_start, beta_end):
    return np.linspace(beta_start, beta_end, T, dtype=np.float64)


def cosine(T, max_beta=0.999):
    def alpha_bar_fn(t):
        return math.cos((t + 0.008) / 1.008 * math.pi / 2) ** 2

    betas = []
    for i in range(T):
        t1 = i / T
        t2 = (i + 1) / T
        betas.append(min(1 - alpha_bar_fn(t2) / alpha_bar_fn(t1), max_beta))
    return np.array(betas, dtype=np.float64)


schedules = []
for kind, T, beta_start, beta_end in [
    ("linear", 1000, 1e-4, 0.02), ("linear", 200, 1e-4, 0.02), ("linear", 50, 1e-3, 0.05),
    ("linear", 1000, 8.5e-4, 0.012), ("linear", 2, 1e-4, 0.02), ("linear", 1, 1e-4, 0.02),
    ("cosine", 1000, None, None), ("cosine", 200, None, None), ("cosine", 50, None, None),
    ("cosine", 4000, None, None), ("cosine", 1, None, None),
]:
    betas = linear(T, beta_start, beta_end) if kind == "linear" else cosine(T)
    alpha_bar = np.cumprod(1 - betas)
    candidates = {1, 2, T // 4, T // 2, 3 * T // 4, T - 1, T} | {int(x) for x in rng.integers(1, T + 1, 25)}
    ts = sorted(t for t in candidates if 1 <= t <= T)
    points = []
    for t in ts:
        ab = alpha_bar[t - 1]
        point = {
            "t": t, "beta": float(betas[t - 1]), "alpha": float(1 - betas[t - 1]), "alpha_bar": float(ab),
            "sqrt_alpha_bar": float(np.sqrt(ab)), "sqrt_one_minus_alpha_bar": float(np.sqrt(1 - ab)),
            "snr": float(ab / (1 - ab)),
        }
        if len(points) % 3 == 0:
            x0, eps = rng.normal(0, 1, 4), rng.normal(0, 1, 4)
            point.update(x0=floats(x0), eps=floats(eps), x_t=floats(np.sqrt(ab) * x0 + np.sqrt(1 - ab) * eps))
        points.append(point)
    schedules.append({"schedule": kind, "steps": T, "beta_start": beta_start, "beta_end": beta_end, "points": points})

write("ddpm.json", {"schedules": schedules})
