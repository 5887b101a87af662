import PearlsCore
import Progress

/// `pearls stats` as terminal text, fitted to a width. Deck text is sanitized, so no card can send the
/// terminal a control sequence.
public struct StatsText: Sendable {
    public var width: Int
    public var charts: TextCharts
    /// Whether headings may be bold (a terminal that wants colour).
    public var bold: Bool

    public init(width: Int, unicode: Bool, bold: Bool = false) {
        self.width = max(40, width)
        self.charts = TextCharts(unicode: unicode)
        self.bold = bold
    }

    private var dot: String { charts.unicode ? " · " : " - " }
    private var dash: String { charts.unicode ? "—" : "-" }

    /// The whole page, ending in a newline.
    public func render(_ stats: LearnerStats, learner: String) -> String {
        var lines: [String] = []
        lines.append(heading("Progress of \(learner.sanitizedForTerminal()) on \(stats.date)"))
        let today = stats.today
        lines += flowing("Today     ", [
            counted(today.answers, "answer"), "\(today.correct) right", "\(today.wrong) wrong",
            "\(today.newCards) new", minutes(today.minutes), "streak " + counted(today.streakDays, "day"),
        ])
        let cards = stats.cards
        lines += flowing("Cards     ", [
            "\(cards.total) in all", "\(cards.seen) seen", "\(cards.dueToday) due today",
            "\(cards.suspended) suspended",
        ])
        if !stats.sureButWrong.isEmpty {
            lines += [""] + cardList("Sure but wrong (you were sure; review these first)", stats.sureButWrong)
        }
        lines += [""] + forecast(stats.forecast)
        lines += [""] + retention(stats.retention)
        lines += [""] + topics(stats.topics)
        lines += [""] + heatmap(stats.heatmap, day: stats.day)
        lines += [""] + distribution("Stability (days until recall falls to 90%)", stats.stability, integral: true)
        lines += [""] + distribution("Difficulty (1 easy to 10 hard)", stats.difficulty, integral: true)
        lines += [""] + cardList("Leeches (suspended after many lapses)", stats.leeches)
        lines += [""] + cardList("Flagged", stats.flagged)
        return lines.map { fit($0) }.joined(separator: "\n") + "\n"
    }

    private func forecast(_ counts: [Int]) -> [String] {
        guard counts.contains(where: { $0 > 0 }) else {
            return [heading("Due in the next 30 days"), "  Nothing due: study new cards with `pearls`."]
        }
        var lines = titled("Due in the next 30 days", "\(counts.reduce(0, +)) reviews, at most \(counts.max() ?? 0) a day")
        let columnWidth = width >= 100 ? 2 : 1
        let labelWidth = String(counts.max() ?? 0).count
        let rows = charts.columns(counts, rows: 5, columnWidth: columnWidth)
        for (index, row) in rows.enumerated() {
            let label = index == 0 ? String(counts.max() ?? 0) : (index == rows.count - 1 ? "0" : "")
            lines.append("  " + pad(label, labelWidth, right: true) + " " + row)
        }
        var axis = [Character](repeating: " ", count: 30 * columnWidth)
        for (offset, text) in [(0, "today"), (10, "+10"), (20, "+20")] {
            for (index, character) in text.enumerated() where offset * columnWidth + index < axis.count {
                axis[offset * columnWidth + index] = character
            }
        }
        lines.append("  " + String(repeating: " ", count: labelWidth) + " " + String(axis))
        return lines
    }

    private func retention(_ rows: [LearnerStats.RetentionRow]) -> [String] {
        let column = 17
        var lines = [heading("True retention (share of reviews passed)")]
        lines.append("  " + pad("", 8) + pad("Young (<21 d)", column) + pad("Mature", column) + "All")
        for row in rows {
            lines.append("  " + pad(row.period.capitalized, 8) + pad(share(row.young), column)
                         + pad(share(row.mature), column) + share(row.all))
        }
        return lines
    }

    private func share(_ tally: ReviewHistory.Tally) -> String {
        guard let rate = tally.rate else { return dash }
        return percentText(rate) + " (\(tally.passed)/\(tally.total))"
    }

    private func topics(_ topics: [LearnerStats.TopicMastery]) -> [String] {
        var lines = titled("Topics, weakest first", "recall = FSRS's predicted chance of recall today")
        let barWidth = min(20, max(6, width / 5))
        let nameWidth = max(12, width - barWidth - 22)
        for topic in topics {
            let name = pad(truncate(topic.topic.sanitizedForTerminal(), nameWidth), nameWidth)
            let recall = topic.recall.map { charts.bar($0, width: barWidth) + " " + pad(percentText($0), 4, right: true) }
                ?? pad("not studied", barWidth + 5)
            lines.append("  " + name + " " + recall + "  " + "\(topic.seen)/\(topic.total)")
        }
        if topics.isEmpty { lines.append("  No cards.") }
        return lines
    }

    /// Weeks as columns (the newest at the right), Monday to Sunday as rows, as many weeks as fit.
    private func heatmap(_ counts: [Int], day: Int) -> [String] {
        let levels = TextCharts.levels(counts)
        let layout = HeatmapLayout(today: day, weeks: min(53, max(4, width - 8)))
        var grid = [[Character]](repeating: [Character](repeating: " ", count: layout.weeks), count: 7)
        for index in counts.indices {
            guard let cell = layout.cell(daysBack: counts.count - 1 - index) else { continue }
            grid[cell.weekday][cell.week] = charts.shade(level: levels[index])
        }
        let total = counts.reduce(0, +)
        let active = counts.filter { $0 > 0 }.count
        var lines = titled("Answers over the last year", "\(counted(total, "answer")) on \(counted(active, "day"))")
        let names = ["Mon", "", "Wed", "", "Fri", "", "Sun"]
        for (row, name) in zip(grid, names) { lines.append("  " + pad(name, 4) + String(row)) }
        let key = (0...4).map { String(charts.shade(level: $0)) }.joined()
        lines.append("  " + pad("", 4) + "less \(key) more")
        return lines
    }

    private func distribution(_ title: String, _ buckets: [LearnerStats.Bucket], integral: Bool) -> [String] {
        var lines = [heading(title)]
        let top = buckets.map(\.cards).max() ?? 0
        let barWidth = max(10, min(40, width - 26))
        for bucket in buckets {
            let label = bucket.upper.map { "\(number(bucket.lower))–\(number($0))" } ?? "\(number(bucket.lower))+"
            lines.append("  " + pad(charts.unicode ? label : label.replacingOccurrences(of: "–", with: "-"), 9)
                         + pad(String(bucket.cards), 7, right: true) + "  " + charts.plainBar(bucket.cards, top: top, width: barWidth))
        }
        return lines
    }

    private func cardList(_ title: String, _ notes: [LearnerStats.CardNote]) -> [String] {
        var lines = titled(title, String(notes.count))
        for note in notes.prefix(10) {
            let prompt = note.prompt.isEmpty ? note.id : note.prompt
            lines.append("  " + truncate(prompt.sanitizedForTerminal(), width - 22) + "  (\(counted(note.lapses, "lapse")))")
        }
        if notes.count > 10 { lines.append("  … and \(notes.count - 10) more") }
        if notes.isEmpty { lines.append("  None.") }
        return lines
    }

    // MARK: - Text helpers

    private func heading(_ text: String) -> String { bold ? "\u{1B}[1m\(text)\u{1B}[0m" : text }

    /// A heading with a note in brackets after it, or on the next line when both do not fit.
    private func titled(_ title: String, _ note: String) -> [String] {
        let together = title.count + note.count + 4
        return together <= width ? [heading(title) + "  (\(note))"] : [heading(title), "  (\(note))"]
    }

    /// Items joined by dots after a label, continued on indented lines instead of running past the width.
    private func flowing(_ label: String, _ items: [String]) -> [String] {
        var lines: [String] = []
        var line = label
        for item in items {
            let separator = line.count == label.count ? "" : dot
            if line.count + separator.count + item.count > width, line.count > label.count {
                lines.append(line)
                line = String(repeating: " ", count: label.count) + item
            } else {
                line += separator + item
            }
        }
        return lines + [line]
    }

    private func fit(_ line: String) -> String {
        // Bold escapes do not take columns; only plain lines need trimming here.
        let fitted = line.contains("\u{1B}") ? line : truncate(line, width)
        return String(fitted.reversed().drop { $0 == " " }.reversed())
    }

    private func truncate(_ text: String, _ limit: Int) -> String {
        guard text.count > limit else { return text }
        return String(text.prefix(max(1, limit - 1))) + (charts.unicode ? "…" : "~")
    }

    private func pad(_ text: String, _ length: Int, right: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, length - text.count))
        return right ? padding + text : text + padding
    }


    private func minutes(_ value: Double) -> String {
        value < 1 && value > 0 ? "<1 min" : "\(Int(value.rounded())) min"
    }

    private func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    private func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
}

