/// Orders items so that no two neighbours come from the same lesson whenever
/// some order allows it, otherwise keeping the given (priority) order as far as
/// possible: each place takes the earliest remaining item whose lesson differs
/// from the previous one and still leaves a valid order for the rest.
enum LessonInterleaving {
    static func arrange<Item>(_ items: [Item], after previous: String? = nil, lesson: (Item) -> String) -> [Item] {
        // Lessons are numbered in order of their first item (the loop below runs
        // once per item, so it compares numbers, not names); per lesson, the
        // indices of its items in order, and how many of them are placed.
        var numbers: [String: Int] = [:]
        var queues: [[Int]] = []
        for (index, item) in items.enumerated() {
            let name = lesson(item)
            if let number = numbers[name] {
                queues[number].append(index)
            } else {
                numbers[name] = queues.count
                queues.append([index])
            }
        }
        var heads = [Int](repeating: 0, count: queues.count)
        var remaining = items.count
        var last = previous.flatMap { numbers[$0] } ?? -1
        var result: [Item] = []
        result.reserveCapacity(items.count)

        func count(_ lesson: Int) -> Int { queues[lesson].count - heads[lesson] }
        /// Whether the rest can be ordered without equal neighbours after taking one item of `taken`.
        func feasibleAfterTaking(_ taken: Int) -> Bool {
            let n = remaining - 1
            for lesson in queues.indices {
                let c = count(lesson) - (lesson == taken ? 1 : 0)
                if c > (n + 1) / 2 { return false }
                if lesson == taken && c > n / 2 { return false }
            }
            return true
        }

        while remaining > 0 {
            let candidates = queues.indices.filter { count($0) > 0 }.sorted { queues[$0][heads[$0]] < queues[$1][heads[$1]] }
            let others = candidates.filter { $0 != last }
            let choice = others.first(where: feasibleAfterTaking) ?? others.first ?? candidates[0]
            result.append(items[queues[choice][heads[choice]]])
            heads[choice] += 1
            remaining -= 1
            last = choice
        }
        return result
    }
}
