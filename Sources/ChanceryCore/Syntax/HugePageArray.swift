#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An immutable array of plain values in memory aligned to 2 MiB and, on Linux, marked for transparent huge pages
/// before it is first written. A weight table of tens of megabytes read at random misses the TLB on nearly every
/// look-up with 4 KiB pages (and a miss costs a two-level page walk in a virtual machine); with 2 MiB pages the
/// whole table fits the TLB.
final class HugePageArray<Element: BitwiseCopyable>: RandomAccessCollection, @unchecked Sendable {
    // Written only in init; @unchecked Sendable since nothing mutates it afterwards.
    private let base: UnsafeMutablePointer<Element>
    /// Number of elements.
    let count: Int
    /// Arrays smaller than one huge page gain nothing from the alignment.
    private static var hugePage: Int { 2 << 20 }

    /// A copy of `elements`.
    init(_ elements: [Element]) {
        count = elements.count
        let bytes = Swift.max(1, elements.count) * MemoryLayout<Element>.stride
        base = HugePageArray.allocate(bytes)
        elements.withUnsafeBufferPointer { source in
            if let s = source.baseAddress { base.initialize(from: s, count: source.count) }
        }
    }

    deinit { free(base) }

    /// Memory for `bytes`, huge-page aligned and advised when that large; the process cannot go on without it.
    private static func allocate(_ bytes: Int) -> UnsafeMutablePointer<Element> {
        let alignment = bytes >= hugePage ? hugePage : Swift.max(16, MemoryLayout<Element>.alignment)
        let size = (bytes + alignment - 1) / alignment * alignment
        var raw: UnsafeMutableRawPointer?
        guard posix_memalign(&raw, alignment, size) == 0, let raw else {
            fatalError("out of memory: \(size) bytes for a weight table")
        }
        #if os(Linux)
            if alignment == hugePage { _ = madvise(raw, size, Int32(MADV_HUGEPAGE)) }
        #endif
        return raw.bindMemory(to: Element.self, capacity: size / MemoryLayout<Element>.stride)
    }

    /// The first index.
    var startIndex: Int { 0 }
    /// One past the last index.
    var endIndex: Int { count }

    /// The element at `i`, which must be in bounds.
    subscript(i: Int) -> Element {
        precondition(i >= 0 && i < count, "index \(i) out of 0..<\(count)")
        return base[i]
    }

    /// Calls `body` with the elements' memory, for loops that must not check every index.
    @inline(__always)
    func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Element>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base, count: count))
    }
}
