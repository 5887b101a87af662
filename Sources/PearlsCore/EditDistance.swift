/// The Levenshtein distance between two strings, counted in Characters.
///
/// Used to suggest the key a user meant and, in study sessions, to accept small typos.
/// Stops early and returns `limit + 1` once the distance is known to exceed `limit`.
public func editDistance(_ lhs: String, _ rhs: String, limit: Int = .max) -> Int {
    let a = Array(lhs), b = Array(rhs)
    if abs(a.count - b.count) > limit { return limit == .max ? abs(a.count - b.count) : limit + 1 }
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        var rowMinimum = current[0]
        for j in 1...b.count {
            let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
            current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            rowMinimum = min(rowMinimum, current[j])
        }
        if rowMinimum > limit { return limit + 1 }
        swap(&previous, &current)
    }
    return previous[b.count]
}
