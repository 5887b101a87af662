import Foundation
import PearlsCore
import Progress
import Plot

/// The HTML report of one learner: one self-contained page (inline CSS and SVG, no scripts, nothing
/// loaded from elsewhere) with the figures of `pearls stats` and the retention curve, time per day and
/// the most missed cards with their rationale. Every deck string goes through Plot's text escaping.
public enum HTMLReport {
    /// The page for one learner.
    public static func learner(_ stats: LearnerStats, learner: String, generated: String) -> String {
        let title = "Pearls progress: \(learner), \(stats.date)"
        let sureButWrong: [Node<HTML.BodyContext>] = stats.sureButWrong.isEmpty ? [] : [
            section("Sure but wrong", note: "Cards you said you were sure of and answered wrong: review these first.",
                    missedList(stats.sureButWrong)),
        ]
        return page(title: title, body: [
            .header(.h1(.shown(title)), .p(.class("muted"), .shown("Made by pearls report on \(generated)."))),
            summary(stats),
        ] + sureButWrong + [
            section("Due in the next 30 days", note: "Cards that come up for review each day; today includes overdue cards.",
                    SVGChart.bars(stats.forecast.map(Double.init), colour: .forecast,
                                  labels: [(0, "today"), (10, "+10"), (20, "+20"), (29, "+29")], unit: "cards")),
            section("True retention", note: "The share of reviews passed, for cards with an interval under 21 days (young) and the rest (mature).",
                    retentionTable(stats.retention)),
            section("Predicted and observed recall", note: "By days since the card's previous review: orange is the recall FSRS predicted, green the share you actually recalled. Close lines mean the model fits you.",
                    calibration(stats.calibration)),
            section("Time spent per day", note: "Minutes answering over the last 30 days.",
                    SVGChart.bars(stats.minutesPerDay, colour: .minutes,
                                  labels: [(0, "30 days ago"), (29, "today")], unit: "min")),
            section("Topics, weakest first", note: "Recall is FSRS's predicted chance of remembering a seen card today, averaged over the topic.",
                    topicTable(stats.topics)),
            section("Answers over the last year", note: "Each square is a day; darker means more answers.",
                    SVGChart.heatmap(stats.heatmap, today: stats.day)),
            section("Stability", note: "Days until predicted recall falls to 90%, by card.",
                    SVGChart.bars(stats.stability.map { Double($0.cards) }, colour: .stability,
                                  labels: stats.stability.enumerated().map { ($0.offset, bucketLabel($0.element)) }, unit: "cards")),
            section("Difficulty", note: "FSRS difficulty from 1 (easy) to 10 (hard), by card.",
                    SVGChart.bars(stats.difficulty.map { Double($0.cards) }, colour: .difficulty,
                                  labels: stats.difficulty.enumerated().map { ($0.offset, bucketLabel($0.element)) }, unit: "cards")),
            section("Most missed, by topic", note: "Cards answered wrong most often, with why the answer is right.",
                    missedList(stats.mostMissed)),
            section("Leeches", note: "Cards that lapsed so often they were suspended.", cardList(stats.leeches)),
            section("Flagged", note: "Cards you flagged while studying.", cardList(stats.flagged)),
        ])
    }

    // MARK: - Sections

    static func page(title: String, body: [Node<HTML.BodyContext>]) -> String {
        HTML(
            .lang(.english),
            .head(.meta(.charset(.utf8)), .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                  .element(named: "title", text: title), .style(ReportStyle.css)),
            .body(.main(.group(body)))
        ).render(indentedBy: .spaces(1))
    }

    static func section(_ title: String, note: String, _ content: Node<HTML.BodyContext>) -> Node<HTML.BodyContext> {
        .section(.h2(.shown(title)), .p(.class("muted"), .shown(note)), content)
    }

    private static func summary(_ stats: LearnerStats) -> Node<HTML.BodyContext> {
        let today = stats.today
        let items: [(String, String)] = [
            ("answers today", "\(today.answers)"), ("right / wrong", "\(today.correct) / \(today.wrong)"),
            ("minutes today", SVGChart.format(today.minutes)), ("day streak", "\(today.streakDays)"),
            ("cards seen", "\(stats.cards.seen) of \(stats.cards.total)"), ("due today", "\(stats.cards.dueToday)"),
        ]
        return .div(.class("tiles"), .forEach(items) { item in
            .div(.class("tile"), .strong(.shown(item.1)), .span(.shown(item.0)))
        })
    }

    private static func retentionTable(_ rows: [LearnerStats.RetentionRow]) -> Node<HTML.BodyContext> {
        func cell(_ tally: ReviewHistory.Tally) -> Node<HTML.TableRowContext> {
            .td(.shown(tally.rate.map { "\(percentText($0)) (\(tally.passed)/\(tally.total))" } ?? "—"))
        }
        return .table(
            .tr(.th(.shown("Period")), .th(.shown("Young")), .th(.shown("Mature")), .th(.shown("All"))),
            .forEach(rows) { row in
                .tr(.td(.shown("Last \(row.period)")), cell(row.young), cell(row.mature), cell(row.all))
            })
    }

    private static func calibration(_ points: [LearnerStats.CalibrationPoint]) -> Node<HTML.BodyContext> {
        guard points.count >= 2 else {
            return .p(.shown("Not enough reviews yet: the curve needs reviews after at least two different gaps."))
        }
        let labels = points.map { point in point.toDay.map { $0 - 1 == point.fromDay ? "\(point.fromDay)d" : "\(point.fromDay)–\($0 - 1)d" } ?? "\(point.fromDay)d+" }
        return .group(
            SVGChart.lines(points.map(\.predicted), points.map(\.observed), colours: (.predicted, .observed), categories: labels),
            .p(.class("muted"), .shown(points.map { "\($0.reviews) reviews" }.joined(separator: " · "))))
    }

    private static func topicTable(_ topics: [LearnerStats.TopicMastery]) -> Node<HTML.BodyContext> {
        .table(
            .tr(.th(.shown("Topic")), .th(.shown("Seen")), .th(.shown("Predicted recall"))),
            .forEach(topics) { topic in
                .tr(.td(.shown(topic.topic)), .td(.shown("\(topic.seen)/\(topic.total)")),
                    .td(topic.recall.map { recall in
                        .group(SVGChart.element("svg", [("width", "120"), ("height", "12"), ("class", "meter")], [
                            SVGChart.element("rect", [("width", "120"), ("height", "12"), ("fill", "#eeeeee")], []),
                            SVGChart.element("rect", [("width", SVGChart.number(120 * recall)), ("height", "12"),
                                                      ("fill", SVGChart.Colour.topics.rawValue)], []),
                        ]), .shown(" " + percentText(recall)))
                    } ?? .shown("not studied")))
            })
    }

    private static func missedList(_ notes: [LearnerStats.CardNote]) -> Node<HTML.BodyContext> {
        guard !notes.isEmpty else { return .p(.shown("No card has been missed.")) }
        let byTopic = Dictionary(grouping: notes, by: \.topic)
        var order: [String] = []
        for note in notes where !order.contains(note.topic) { order.append(note.topic) }
        return .forEach(order) { topic in
            .group(.h3(.shown(topic)), .ul(.forEach(byTopic[topic] ?? []) { note in
                .li(.strong(.shown(note.prompt.isEmpty ? note.id : note.prompt)),
                    .shown(" — missed \(note.misses) time\(note.misses == 1 ? "" : "s")"),
                    .unwrap(note.rationale) { .p(.class("rationale"), .shown($0)) })
            }))
        }
    }

    private static func cardList(_ notes: [LearnerStats.CardNote]) -> Node<HTML.BodyContext> {
        guard !notes.isEmpty else { return .p(.shown("None.")) }
        return .ul(.forEach(notes) { note in
            .li(.shown(note.prompt.isEmpty ? note.id : note.prompt), .small(.shown(" (\(note.id), \(note.lapses) lapses)")))
        })
    }

    private static func bucketLabel(_ bucket: LearnerStats.Bucket) -> String {
        bucket.upper.map { "\(SVGChart.format(bucket.lower))–\(SVGChart.format($0))" } ?? "\(SVGChart.format(bucket.lower))+"
    }

}

extension Node {
    /// Text from a deck, a profile or the user, shown exactly as written: control characters (which XML
    /// forbids and terminals obey) are removed, and `&` is escaped here because Plot leaves what looks
    /// like an entity (`&lt;`) alone; Plot then escapes `<` and `>`.
    static func shown(_ text: String) -> Node {
        .text(text.sanitizedForTerminal(keepingNewlines: true).replacingOccurrences(of: "&", with: "&amp;"))
    }
}
