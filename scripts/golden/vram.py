"""Fine-tuning memory of the model presets (weights, gradients and optimizer state), built
tensor by tensor from the state_dict shapes in lora.py.

QLoRA follows what 4-bit loading does in transformers + bitsandbytes
(`BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_quant_type="nf4",
bnb_4bit_use_double_quant=True)`): `replace_with_bnb_linear` swaps only `nn.Linear`
modules for `Linear4bit` and skips the output head (`get_keys_to_not_convert` returns
`lm_head`), so `embed_tokens`, the RMSNorm weights and `lm_head` keep their 16-bit dtype.
A quantised tensor of n weights stores n/2 bytes of 4-bit codes, one uint8 absmax per
block of 64 (blocksize 64) and, with double quantisation, one fp32 absmax per block of
256 of those (blocksize 256 for the nested quantisation). The per-tensor scalars
(the nested offset, the shared code tables) are not counted. `quantize=all` is the older
reading in which every base weight is quantised, at the per-parameter rate
4 + 8/64 + 32/(64*256) = 2113/512 bits, exact only for tensors whose size divides by
64*256 (a norm vector of 4096 weights would really take a few bytes more).

Full fine-tuning: bf16 weights and gradients, AdamW with an fp32 master copy and m, v
(2 + 2 + 12 bytes per parameter), or SGD without momentum (master copy only, 4).
LoRA/QLoRA adapters: the same 16 (or 8 with SGD) bytes per adapter parameter."""
from fractions import Fraction

from common import write
from lora import CONFIGS, TARGETS, count, linear_shapes, state_dict_shapes


def quantised(name):
    """Whether bitsandbytes 4-bit loading turns this weight into a Params4bit: the decoder
    layers' linear projections, not the embeddings, the norms or lm_head."""
    return name.endswith("_proj.weight") and ".layers." in name


def nf4_bytes(n):
    blocks = -(-n // 64)
    return n // 2 + n % 2 + blocks + 4 * -(-blocks // 256)


def adapter_params(c, rank):
    shapes = linear_shapes(c)
    return sum(rank * (shapes[t][0] + shapes[t][1]) for t in TARGETS) * c["num_hidden_layers"]


def memory(c, method, rank, quantize, optimizer):
    tensors = state_dict_shapes(c)
    state = 12 if optimizer == "adamw" else 4
    if method == "full":
        n = sum(count(s) for s in tensors.values())
        return dict(base_bytes=2 * n, weights_bytes=2 * n, gradients_bytes=2 * n, optimizer_bytes=state * n)
    adapter = adapter_params(c, rank)
    base = 0
    unquantized = 0
    for name, shape in tensors.items():
        n = count(shape)
        if method == "qlora" and quantize == "all":
            base += Fraction(n * 2113, 4096)
        elif method == "qlora" and quantised(name):
            base += nf4_bytes(n)
        else:
            base += 2 * n
            unquantized += n if method == "qlora" else 0
    base = float(base) if isinstance(base, Fraction) else base
    row = dict(base_bytes=base, weights_bytes=base + 2 * adapter, gradients_bytes=2 * adapter,
               optimizer_bytes=state * adapter)
    if method == "qlora":
        row["unquantized_params"] = unquantized
    return row


def main():
    cases = []
    for name, c in CONFIGS.items():
        for optimizer in ("adamw", "sgd"):
            cases.append(dict(model=name, method="full", optimizer=optimizer, **memory(c, "full", 0, None, optimizer)))
            for rank in (8, 16, 64):
                cases.append(dict(model=name, method="lora", rank=rank, optimizer=optimizer,
                                  **memory(c, "lora", rank, None, optimizer)))
                for quantize in ("linear", "all"):
                    cases.append(dict(model=name, method="qlora", rank=rank, quantize=quantize, optimizer=optimizer,
                                      **memory(c, "qlora", rank, quantize, optimizer)))
    for row in cases:
        row["total_bytes"] = row["weights_bytes"] + row["gradients_bytes"] + row["optimizer_bytes"]
    write("vram.json", {"cases": cases})


if __name__ == "__main__":
    main()
