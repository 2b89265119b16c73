/// 64-bit FNV-1a: unlike `Hasher`, the same in every process, so fingerprints
/// and seeds built from it stay put between runs.
public enum FNV1a {
    /// The hash of nothing (the offset basis).
    public static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325

    /// `hash` with one more value (a byte, or a whole 64-bit word) mixed in.
    @inlinable @inline(__always)
    public static func mix(_ hash: UInt64, _ value: UInt64) -> UInt64 {
        (hash ^ value) &* 0x0000_0100_0000_01b3
    }
}
