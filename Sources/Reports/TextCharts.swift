/// Charts drawn with characters: Unicode blocks where the locale can show them, ASCII otherwise.
public struct TextCharts: Sendable {
    /// Whether Unicode block characters may be used.
    public var unicode: Bool

    public init(unicode: Bool) {
        self.unicode = unicode
    }

    private static let eighths: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    private static let partialWidths: [Character] = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"].map { $0.first ?? " " }

    /// A vertical bar chart `rows` lines high, one column (of `columnWidth` characters) per value,
    /// scaled so the largest value fills the height. Any value above zero shows at least a sliver.
    public func columns(_ values: [Int], rows: Int, columnWidth: Int = 1) -> [String] {
        let top = max(1, values.max() ?? 0)
        let steps = rows * (unicode ? 8 : 1)
        let heights = values.map { value -> Int in
            guard value > 0 else { return 0 }
            return max(1, Int((Double(value) / Double(top) * Double(steps)).rounded()))
        }
        return (0..<rows).reversed().map { row in
            String(heights.flatMap { height -> [Character] in
                let filled = height - row * (unicode ? 8 : 1)
                let cell: Character
                if unicode {
                    cell = Self.eighths[min(8, max(0, filled))]
                } else {
                    cell = filled >= 1 ? "#" : " "
                }
                return Array(repeating: cell, count: columnWidth)
            })
        }
    }

    /// A horizontal bar `width` characters long filled in proportion to `fraction` (0...1).
    public func bar(_ fraction: Double, width: Int) -> String {
        let fraction = min(1, max(0, fraction.isFinite ? fraction : 0))
        guard width > 0 else { return "" }
        if !unicode {
            let filled = Int((fraction * Double(width)).rounded())
            return String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        }
        let eighthsFilled = Int((fraction * Double(width * 8)).rounded())
        var text = String(repeating: "█", count: eighthsFilled / 8)
        if eighthsFilled % 8 > 0 { text.append(Self.partialWidths[eighthsFilled % 8]) }
        return text + String(repeating: "░", count: width - text.count)
    }

    /// A bar `width` characters at most, proportional to `value / top`, with no background.
    public func plainBar(_ value: Int, top: Int, width: Int) -> String {
        guard value > 0, top > 0 else { return "" }
        let full = unicode ? "█" : "#"
        let length = max(1, Int((Double(value) / Double(top) * Double(width)).rounded()))
        return String(repeating: full, count: min(width, length))
    }

    /// The shade of a heatmap cell: level 0 (no answers) to 4 (the busiest days).
    public func shade(level: Int) -> Character {
        let shades: [Character] = unicode ? ["·", "░", "▒", "▓", "█"] : [".", "-", "+", "*", "#"]
        return shades[min(4, max(0, level))]
    }

    /// Heatmap levels for counts: 0 for none, then 1–4 by quarters of the busiest day (which is 4).
    public static func levels(_ counts: [Int]) -> [Int] {
        let top = counts.max() ?? 0
        return counts.map { count in
            guard count > 0, top > 0 else { return 0 }
            return min(4, (count * 4 + top - 1) / top)
        }
    }
}
