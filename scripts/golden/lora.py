"""Parameter counts of the model presets, built from each model's Hugging Face
config.json fields by listing every weight tensor the transformers Llama/Mistral
implementation creates (embeddings, per-layer q/k/v/o and gate/up/down projections
without biases, two RMSNorm weights per layer, the final norm, an untied lm_head),
checked against the published totals; and LoRA adapter sizes r·(d_in + d_out).

Restated, not called: transformers and peft would count the same tensors, but they
need torch (whose PyPI wheel brings the whole CUDA stack) and the models' configs from
the hub; the published totals are the check on this restatement."""
from common import write

# config.json values (meta-llama/Meta-Llama-3-8B, Meta-Llama-3-70B, Llama-2-7b-hf,
# mistralai/Mistral-7B-v0.1). head_dim = hidden_size / num_attention_heads.
CONFIGS = {
    "llama-2-7b": dict(hidden_size=4096, intermediate_size=11008, num_hidden_layers=32,
                       num_attention_heads=32, num_key_value_heads=32, vocab_size=32000, tie_word_embeddings=False),
    "mistral-7b": dict(hidden_size=4096, intermediate_size=14336, num_hidden_layers=32,
                       num_attention_heads=32, num_key_value_heads=8, vocab_size=32000, tie_word_embeddings=False),
    "llama-3-8b": dict(hidden_size=4096, intermediate_size=14336, num_hidden_layers=32,
                       num_attention_heads=32, num_key_value_heads=8, vocab_size=128256, tie_word_embeddings=False),
    "llama-3-70b": dict(hidden_size=8192, intermediate_size=28672, num_hidden_layers=80,
                        num_attention_heads=64, num_key_value_heads=8, vocab_size=128256, tie_word_embeddings=False),
}
# Totals as published (model cards, safetensors metadata).
PUBLISHED = {
    "llama-2-7b": 6_738_415_616, "mistral-7b": 7_241_732_096,
    "llama-3-8b": 8_030_261_248, "llama-3-70b": 70_553_706_496,
}
TARGETS = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]


def linear_shapes(c):
    """(d_in, d_out) of each projection, as nn.Linear(d_in, d_out)."""
    head_dim = c["hidden_size"] // c["num_attention_heads"]
    h, q, kv = c["hidden_size"], c["num_attention_heads"] * head_dim, c["num_key_value_heads"] * head_dim
    i = c["intermediate_size"]
    return {"q_proj": (h, q), "k_proj": (h, kv), "v_proj": (h, kv), "o_proj": (q, h),
            "gate_proj": (h, i), "up_proj": (h, i), "down_proj": (i, h)}


def state_dict_shapes(c):
    """Name → shape of every tensor, as model.state_dict() lists them."""
    h = c["hidden_size"]
    tensors = {"model.embed_tokens.weight": (c["vocab_size"], h)}
    shapes = linear_shapes(c)
    for layer in range(c["num_hidden_layers"]):
        prefix = f"model.layers.{layer}"
        for name in TARGETS:
            part = "self_attn" if name in ("q_proj", "k_proj", "v_proj", "o_proj") else "mlp"
            d_in, d_out = shapes[name]
            tensors[f"{prefix}.{part}.{name}.weight"] = (d_out, d_in)
        tensors[f"{prefix}.input_layernorm.weight"] = (h,)
        tensors[f"{prefix}.post_attention_layernorm.weight"] = (h,)
    tensors["model.norm.weight"] = (h,)
    if not c["tie_word_embeddings"]:
        tensors["lm_head.weight"] = (c["vocab_size"], h)
    return tensors


def count(shape):
    n = 1
    for d in shape:
        n *= d
    return n


def main():
    presets = []
    for name, c in CONFIGS.items():
        total = sum(count(s) for s in state_dict_shapes(c).values())
        assert total == PUBLISHED[name], (name, total, PUBLISHED[name])
        shapes = linear_shapes(c)
        adapters = []
        for rank in (1, 4, 8, 16, 64):
            for targets in (TARGETS, ["q_proj", "k_proj", "v_proj", "o_proj"], ["q_proj", "v_proj"], ["down_proj"]):
                trainable = sum(rank * (shapes[t][0] + shapes[t][1]) for t in targets) * c["num_hidden_layers"]
                adapters.append({"rank": rank, "targets": targets, "trainable_params": trainable})
        presets.append({"name": name, "parameters": total, "shapes": {t: list(shapes[t]) for t in TARGETS},
                        "adapters": adapters})

    write("lora.json", {"presets": presets})


if __name__ == "__main__":
    main()
