import PearlsCore

extension Card {
    /// Whether the options are always shown in the author's order: true/false items, items tagged
    /// `keep-order` (scales, ranked steps), and lists with an "all of the above" or "none of the above".
    public var keepsOptionOrder: Bool {
        guard let options, type != .truefalse, !hasTag("keep-order") else { return true }
        return options.contains { option in
            let text = option.lowercased()
            return text.contains("of the above") || text.contains("of these")
        }
    }

    /// The card as shown with its options in `order`, where `order[i]` is the deck index of the option shown
    /// i-th; the correct indices follow their options. `nil` leaves the card as written.
    public func showingOptions(in order: [Int]?) -> Card {
        guard let order, let options, order.sorted() == Array(options.indices) else { return self }
        var shown = self
        shown.options = order.map { options[$0] }
        shown.correct = correct.map { correct in order.indices.filter { correct.contains(order[$0]) } }
        return shown
    }

    /// The letter of the option at `index` ("a" for 0).
    public static func optionLetter(_ index: Int) -> String {
        String(Character(Unicode.Scalar(UInt8(97 + min(max(index, 0), 25)))))
    }
}
