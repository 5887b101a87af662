/// Where each day of a year sits in a calendar heatmap: weeks as columns (the newest at the right) and
/// Monday to Sunday as rows. The terminal page and the HTML report both draw from it.
struct HeatmapLayout {
    /// How many week columns there are.
    let weeks: Int
    /// Today's row: Monday is 0.
    let todayWeekday: Int

    /// The layout for `weeks` columns ending with the week of study day `today` (days since 1970-01-01,
    /// which was a Thursday).
    init(today: Int, weeks: Int) {
        self.weeks = weeks
        todayWeekday = ((today % 7) + 10) % 7
    }

    /// The cell of the day `back` days before today; `nil` when it falls before the first column.
    func cell(daysBack back: Int) -> (week: Int, weekday: Int)? {
        let week = weeks - 1 - (back + 6 - todayWeekday) / 7
        guard week >= 0 else { return nil }
        return (week, ((todayWeekday - back) % 7 + 7) % 7)
    }
}

/// "78%".
func percentText(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
