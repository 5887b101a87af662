import Foundation
import Plot

extension HTMLReport {
    /// The page for a class.
    public static func cohort(_ stats: CohortStats, folder: String, problems: [String], generated: String) -> String {
        let title = "Pearls class report: \(stats.learners.count) learners, \(stats.date)"
        let studied = stats.topics.filter { $0.recall != nil }
        return page(title: title, body: [
            .header(.h1(.shown(title)),
                    .p(.class("muted"), .shown("From the profiles and journals in \(folder); made by pearls report on \(generated)."))),
            section("Topics across the class, hardest first",
                    note: "Mean predicted recall today of the learners who studied the topic, and wrong answers over the class.",
                    .group(
                        studied.count >= 1
                            ? SVGChart.bars(studied.map { ($0.recall ?? 0) * 100 }, colour: .topics,
                                            labels: studied.indices.map { ($0, "\($0 + 1)") }, unit: "% recall")
                            : .p(.shown("No topic studied yet.")),
                        .table(
                            .tr(.th(.shown("#")), .th(.shown("Topic")), .th(.shown("Learners")), .th(.shown("Recall")),
                                .th(.shown("Misses"))),
                            .forEach(Array(stats.topics.enumerated())) { index, topic in
                                .tr(.td(.shown(topic.recall == nil ? "" : "\(index + 1)")), .td(.shown(topic.topic)),
                                    .td(.shown("\(topic.learners)")), .td(.shown(topic.recall.map(percentText) ?? "—")),
                                    .td(.shown("\(topic.misses)")))
                            }))),
            section("Learners", note: "Cards seen, true retention over the last 30 days, and studied topics under \(percentText(CohortStats.riskThreshold)) predicted recall.",
                    .table(
                        .tr(.th(.shown("Learner")), .th(.shown("Seen")), .th(.shown("Retention")),
                            .th(.shown("Topics at risk")), .th(.shown("Last studied"))),
                        .forEach(stats.learners) { row in
                            .tr(.td(.shown(row.learner)), .td(.shown("\(row.seen)/\(row.total)")),
                                .td(.shown(row.retention.rate.map { "\(percentText($0)) (\(row.retention.passed)/\(row.retention.total))" } ?? "—")),
                                .td(.class(row.topicsAtRisk.isEmpty ? "" : "risk"), .shown(row.topicsAtRisk.joined(separator: "; "))),
                                .td(.shown(lastStudied(row))))
                        })),
            section("Not studied in \(stats.inactiveDays) days or more", note: "Longest first.",
                    stats.inactive.isEmpty ? .p(.shown("Everyone has studied in the last \(stats.inactiveDays) days."))
                        : .ul(.forEach(stats.inactive) { name in
                            .li(.shown(name + " — " + lastStudied(stats.learners.first { $0.learner == name })))
                        })),
            problems.isEmpty ? .empty : section("Could not be read", note: "These learners are left out of the figures above.",
                                                 .ul(.forEach(problems) { .li(.shown($0)) })),
        ])
    }

    private static func lastStudied(_ row: CohortStats.LearnerRow?) -> String {
        guard let row, let date = row.lastStudied, let days = row.daysSinceStudy else { return "never" }
        return days == 0 ? "\(date) (today)" : "\(date) (\(days) day\(days == 1 ? "" : "s") ago)"
    }
}
