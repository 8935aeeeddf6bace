/// The hashes that turn strings and feature tuples into 64-bit feature keys. Our own functions,
/// so keys are the same in every process (Swift's `Hasher` is seeded per process).
enum FeatureHash {
    /// FNV-1a over bytes. O(count).
    @inline(__always)
    static func bytes(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return finalize(hash)
    }

    /// A strong 64-bit finaliser (SplitMix64's). O(1).
    @inline(__always)
    static func finalize(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// The key of a feature template applied to up to three values: 32 significant bits (the
    /// model stores keys as `UInt32`), never 0 (0 marks an empty slot).
    @inline(__always)
    static func key(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0) -> UInt64 {
        var h = template &* 0x9e37_79b9_7f4a_7c15
        h = (h ^ a) &* 0xff51_afd7_ed55_8ccd
        h = (h ^ (h >> 32) ^ b) &* 0xc4ce_b9fe_1a85_ec53
        h = (h ^ (h >> 29) ^ c) &* 0x9e37_79b9_7f4a_7c15
        return (h >> 32) | 1
    }
}
