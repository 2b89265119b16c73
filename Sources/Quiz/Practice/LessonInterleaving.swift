/// Orders items so that no two neighbours come from the same lesson whenever
/// some order allows it, otherwise keeping the given (priority) order as far as
/// possible: each place takes the earliest remaining item whose lesson differs
/// from the previous one and still leaves a valid order for the rest.
enum LessonInterleaving {
    static func arrange<Item>(_ items: [Item], after previous: String? = nil, lesson: (Item) -> String) -> [Item] {
        // Per lesson, the indices of its items in order; lessons in order of their first item.
        var queues: [String: [Int]] = [:]
        var lessons: [String] = []
        for (index, item) in items.enumerated() {
            let name = lesson(item)
            if queues[name] == nil { lessons.append(name) }
            queues[name, default: []].append(index)
        }
        var heads = Dictionary(uniqueKeysWithValues: lessons.map { ($0, 0) })
        var remaining = items.count
        var last = previous
        var result: [Item] = []
        result.reserveCapacity(items.count)

        func count(_ name: String) -> Int { (queues[name]?.count ?? 0) - (heads[name] ?? 0) }
        func headIndex(_ name: String) -> Int? {
            guard let queue = queues[name], let head = heads[name], head < queue.count else { return nil }
            return queue[head]
        }
        /// Whether the rest can be ordered without equal neighbours after taking one item of `taken`.
        func feasibleAfterTaking(_ taken: String) -> Bool {
            let n = remaining - 1
            for name in lessons {
                let c = count(name) - (name == taken ? 1 : 0)
                if c > (n + 1) / 2 { return false }
                if name == taken && c > n / 2 { return false }
            }
            return true
        }

        while remaining > 0 {
            let candidates = lessons.compactMap { name in headIndex(name).map { (name, $0) } }.sorted { $0.1 < $1.1 }
            let others = candidates.filter { $0.0 != last }
            let choice = others.first { feasibleAfterTaking($0.0) } ?? others.first ?? candidates[0]
            result.append(items[choice.1])
            heads[choice.0, default: 0] += 1
            remaining -= 1
            last = choice.0
        }
        return result
    }
}
