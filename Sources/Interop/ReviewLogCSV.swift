import Foundation
import PearlsCore
import Progress
import Scheduling

/// The review journal as CSV for spreadsheets and other tools: one row per answer that no undo voided,
/// in journal order, with the card's phase just before the answer.
///
/// Columns (docs/review-log-csv.md): `card_id`, `review_time` (ISO 8601 with the device's offset, to the
/// millisecond), `review_rating` (1 Again to 4 Easy), `review_duration` (milliseconds; empty if unknown),
/// `review_state` (`new`, `learning`, `review` or `relearning` before the answer), `mode` (`review`,
/// `exam`, `teach` or `cram`).
public enum ReviewLogCSV {
    public static let header = "card_id,review_time,review_rating,review_duration,review_state,mode"

    /// One answer, as a row holds it.
    public struct Row: Sendable, Equatable {
        public var card: CardID
        public var time: Timestamp
        public var rating: Rating
        public var milliseconds: Int?
        public var state: CardPhase
        public var mode: JournalEvent.Mode

        public init(card: CardID, time: Timestamp, rating: Rating, milliseconds: Int?, state: CardPhase,
                    mode: JournalEvent.Mode) {
            self.card = card
            self.time = time
            self.rating = rating
            self.milliseconds = milliseconds
            self.state = state
            self.mode = mode
        }

        /// The row as CSV text, without its line end.
        public var line: String {
            [csvField(card.rawValue), time.description, String(rating.rawValue),
             milliseconds.map(String.init) ?? "", state.rawValue, mode.rawValue].joined(separator: ",")
        }
    }

    /// The rows of the journal at `path`. The phases come from replaying it with its own settings.
    public static func rows(journal path: String, now: Date, deviceZone: TimeZone) throws(ProgressError) -> [Row] {
        var rows: [Row] = []
        try forEachRow(journal: path, now: now, deviceZone: deviceZone) { rows.append($0) }
        return rows
    }

    /// Calls `body` with each row of the journal at `path`, in journal order, holding one small state per
    /// card rather than the journal (see `JournalWalk`), and returns how many rows there were.
    @discardableResult
    public static func forEachRow(
        journal path: String, now: Date, deviceZone: TimeZone, _ body: (Row) -> Void
    ) throws(ProgressError) -> Int {
        var count = 0
        try JournalWalk.forEachCardEvent(journal: path, now: now, deviceZone: deviceZone) { event, before in
            guard event.kind == .review, let card = event.card, let rating = event.rating, let mode = event.mode else { return }
            body(Row(card: card, time: event.time, rating: rating, milliseconds: event.responseMilliseconds,
                     state: before.phase, mode: mode))
            count += 1
        }
        return count
    }

    /// The whole file: the header, then one line per row, each ending in a newline.
    public static func text(_ rows: [Row]) -> String {
        var text = header + "\n"
        for row in rows {
            text += row.line
            text += "\n"
        }
        return text
    }
}

/// A CSV field: with nothing that drives a terminal, a leading `=`, `+`, `-` or `@` (a spreadsheet
/// formula) turned into text by a leading apostrophe, and quoted when it holds a comma, a quote or a line
/// break (RFC 4180).
func csvField(_ raw: String) -> String {
    var text = raw.sanitizedForTerminal(keepingNewlines: true)
    if let first = text.first, "=+-@".contains(first) { text = "'" + text }
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
}
