import Foundation
import Plot

/// Inline SVG charts for the HTML report, built as Plot nodes.
///
/// Attribute values here are only numbers and fixed words (Plot escapes text, not attributes); labels
/// that could hold deck text go in text nodes, which Plot escapes. Each chart has its own fill colour,
/// so a rendered page can be checked for every chart (Scripts/check-report-render).
enum SVGChart {
    typealias SVGNode = Node<HTML.BodyContext>

    /// The colour each chart's marks are drawn in.
    enum Colour: String, CaseIterable {
        case forecast = "#1f77b4"
        case minutes = "#9467bd"
        case predicted = "#ff7f0e"
        case observed = "#2ca02c"
        case stability = "#17becf"
        case difficulty = "#bcbd22"
        case topics = "#8c564b"
        case heatmap = "#196127"
    }

    /// Heatmap shades, none to busiest; the busiest is `Colour.heatmap`.
    static let heatmapShades = ["#ebedf0", "#c6e48b", "#7bc96f", "#239a3b", Colour.heatmap.rawValue]

    /// Vertical bars, one per value, with labels under the bars at `labels`' positions.
    static func bars(_ values: [Double], colour: Colour, labels: [(index: Int, text: String)], unit: String,
                     width: Double = 640, height: Double = 180) -> SVGNode {
        let top = max(values.max() ?? 0, 1e-9)
        let plotHeight = height - 36
        let slot = (width - 48) / Double(max(1, values.count))
        var marks: [SVGNode] = axes(width: width, height: height, plotHeight: plotHeight, top: top, unit: unit)
        for (index, value) in values.enumerated() where value > 0 {
            let barHeight = max(2, value / top * plotHeight)
            marks.append(element("rect", [
                ("x", number(40 + Double(index) * slot + slot * 0.1)), ("y", number(12 + plotHeight - barHeight)),
                ("width", number(slot * 0.8)), ("height", number(barHeight)), ("fill", colour.rawValue),
            ], [element("title", [], [.shown(format(value) + " " + unit)])]))
        }
        for label in labels {
            marks.append(element("text", [
                ("x", number(40 + (Double(label.index) + 0.5) * slot)), ("y", number(height - 8)),
                ("text-anchor", "middle"), ("class", "tick"),
            ], [.shown(label.text)]))
        }
        return svg(width: width, height: height, marks)
    }

    /// Two series over the same categories, as lines with points, on a 0–100% scale.
    static func lines(_ first: [Double], _ second: [Double], colours: (Colour, Colour), categories: [String],
                      width: Double = 640, height: Double = 220) -> SVGNode {
        let plotHeight = height - 40
        let step = (width - 60) / Double(max(1, categories.count - 1))
        func point(_ index: Int, _ value: Double) -> (Double, Double) {
            (44 + Double(index) * step, 12 + (1 - value) * plotHeight)
        }
        var marks: [SVGNode] = axes(width: width, height: height, plotHeight: plotHeight, top: 1, unit: "", percent: true)
        for (series, colour) in [(first, colours.0), (second, colours.1)] {
            let points = series.enumerated().map { point($0.offset, $0.element) }
            marks.append(element("polyline", [
                ("points", points.map { "\(number($0.0)),\(number($0.1))" }.joined(separator: " ")),
                ("fill", "none"), ("stroke", colour.rawValue), ("stroke-width", "3"),
            ], []))
            for (x, y) in points {
                marks.append(element("circle", [("cx", number(x)), ("cy", number(y)), ("r", "6"), ("fill", colour.rawValue)], []))
            }
        }
        for (index, category) in categories.enumerated() {
            marks.append(element("text", [
                ("x", number(point(index, 0).0)), ("y", number(height - 10)), ("text-anchor", "middle"), ("class", "tick"),
            ], [.shown(category)]))
        }
        return svg(width: width, height: height, marks)
    }

    /// A year of days as weeks (columns) by weekdays (rows, Monday first); the last value is study day `today`.
    static func heatmap(_ counts: [Int], today: Int, cell: Double = 11) -> SVGNode {
        let levels = TextCharts.levels(counts)
        let layout = HeatmapLayout(today: today, weeks: 53)
        var marks: [SVGNode] = []
        for index in counts.indices {
            let back = counts.count - 1 - index
            guard let (week, weekday) = layout.cell(daysBack: back) else { continue }
            marks.append(element("rect", [
                ("x", number(30 + Double(week) * (cell + 2))), ("y", number(4 + Double(weekday) * (cell + 2))),
                ("width", number(cell)), ("height", number(cell)), ("fill", heatmapShades[levels[index]]),
            ], [element("title", [], [.shown("\(counts[index]) answers, \(back) days ago")])]))
        }
        for (row, name) in [(0, "Mon"), (2, "Wed"), (4, "Fri"), (6, "Sun")] {
            marks.append(element("text", [("x", "0"), ("y", number(4 + Double(row) * (cell + 2) + cell - 1)), ("class", "tick")],
                                 [.shown(name)]))
        }
        return svg(width: 30 + Double(layout.weeks) * (cell + 2), height: 8 + 7 * (cell + 2), marks)
    }

    // MARK: - Pieces

    private static func axes(width: Double, height: Double, plotHeight: Double, top: Double, unit: String,
                             percent: Bool = false) -> [SVGNode] {
        var marks: [SVGNode] = [
            element("line", [("x1", "40"), ("y1", number(12 + plotHeight)), ("x2", number(width - 4)),
                             ("y2", number(12 + plotHeight)), ("class", "axis")], []),
        ]
        for fraction in [0.0, 0.5, 1.0] {
            let y = 12 + (1 - fraction) * plotHeight
            let label = percent ? "\(Int(fraction * 100))%" : format(top * fraction)
            marks.append(element("line", [("x1", "40"), ("y1", number(y)), ("x2", number(width - 4)), ("y2", number(y)),
                                          ("class", "grid")], []))
            marks.append(element("text", [("x", "34"), ("y", number(y + 4)), ("text-anchor", "end"), ("class", "tick")],
                                 [.shown(label)]))
        }
        return marks
    }

    private static func svg(width: Double, height: Double, _ marks: [SVGNode]) -> SVGNode {
        element("svg", [
            ("width", number(width)), ("height", number(height)),
            ("viewBox", "0 0 \(number(width)) \(number(height))"), ("role", "img"), ("class", "chart"),
        ], marks)
    }

    static func element(_ name: String, _ attributes: [(String, String)], _ children: [SVGNode]) -> SVGNode {
        .element(named: name, nodes: attributes.map { SVGNode.attribute(named: $0.0, value: $0.1) } + children)
    }

    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    static func format(_ value: Double) -> String {
        value >= 10 || value == value.rounded() ? String(Int(value.rounded())) : String(format: "%.1f", value)
    }
}
