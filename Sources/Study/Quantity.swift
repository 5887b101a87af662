import Foundation

/// A number or range with its unit, read from an answer such as `2.5 mL`, `3.5–5.0 mmol/L`, `40%`,
/// `250 milligrams` or, in a deck, `2.5 mL ± 0.1`. Answers are compared as quantities, so `2.50 ml` is
/// `2.5 mL`, while `mg` for `mcg` is a different unit and never the same dose.
public struct Quantity: Sendable, Equatable {
    /// The value, or the two ends of a range (equal for a single value).
    public var low: Double
    public var high: Double
    /// The unit in its canonical spelling (`mL`, `mg`, `mmol/L`, `%`); `nil` when none was written.
    public var unit: String?
    /// How far from the deck's value an answer may be (`± 0.1`); 0 when none was written.
    public var tolerance: Double = 0

    public var isRange: Bool { low != high }

    /// Reads `text` as a quantity; `nil` when it holds anything else (words that are no unit, two numbers
    /// without a range between them).
    public init?(_ text: String) {
        var tokens = NumberWords.replacingNumberWords(in: Self.tokens(of: text))[...]
        guard let first = Self.number(&tokens) else { return nil }
        low = first
        high = first
        unit = Self.unit(&tokens)
        if tokens.first == "-" || tokens.first == "to" {
            tokens.removeFirst()
            guard let end = Self.number(&tokens), end >= first else { return nil }
            high = end
            let endUnit = Self.unit(&tokens)
            if let unit, let endUnit, unit != endUnit { return nil }
            unit = unit ?? endUnit
        }
        if tokens.first == "±" {
            tokens.removeFirst()
            guard let spread = Self.number(&tokens) else { return nil }
            tolerance = spread
            let spreadUnit = Self.unit(&tokens)
            if let unit, let spreadUnit, unit != spreadUnit { return nil }
        }
        guard tokens.isEmpty else { return nil }
    }

    /// Whether `typed` states the same amount, leaving units aside: equal within the tolerance (and within
    /// rounding), both ends of a range.
    public func sameAmount(as typed: Quantity) -> Bool {
        let slack = tolerance + 1e-9 * max(1, abs(low), abs(high))
        return isRange == typed.isRange && abs(typed.low - low) <= slack && abs(typed.high - high) <= slack
    }

    /// The same amount in `unit`, when both units measure mass or both volume; `nil` otherwise.
    public func converted(to unit: String) -> Quantity? {
        guard let from = self.unit.flatMap({ QuantityUnits.scale[$0] }), let to = QuantityUnits.scale[unit],
              from.dimension == to.dimension else { return nil }
        var result = self
        let factor = from.factor / to.factor
        (result.low, result.high, result.tolerance, result.unit) = (low * factor, high * factor, tolerance * factor, unit)
        return result
    }

    private static func number(_ tokens: inout ArraySlice<String>) -> Double? {
        guard let token = tokens.first, token.first?.isNumber == true || token.first == ".",
              let value = Double(token) else { return nil }
        tokens.removeFirst()
        return value
    }

    /// The unit words up to the next number, range or tolerance sign, in canonical spelling.
    private static func unit(_ tokens: inout ArraySlice<String>) -> String? {
        var words: [String] = []
        while let token = tokens.first, token != "-", token != "to", token != "±", Double(token) == nil {
            words.append(token)
            tokens.removeFirst()
        }
        guard !words.isEmpty else { return nil }
        let written = words.joined(separator: " ").replacingOccurrences(of: " /", with: "/")
            .replacingOccurrences(of: "/ ", with: "/")
        return QuantityUnits.canonical[written] ?? written
    }

    /// Numbers, words and the signs that matter (`-`, `/`, `%`, `±`); other punctuation is dropped.
    static func tokens(of text: String) -> [String] {
        let folded = text.lowercased().replacingOccurrences(of: "+/-", with: " ± ").replacingOccurrences(of: "+-", with: " ± ")
        var tokens: [String] = []
        var current = ""
        var kindIsNumber = false
        func flush() {
            if !current.isEmpty { tokens.append(current) }
            current = ""
        }
        let characters = Array(folded)
        for (index, character) in characters.enumerated() {
            let nextIsDigit = index + 1 < characters.count && characters[index + 1].isNumber
            if character.isNumber || (character == "." && nextIsDigit && (current.isEmpty || kindIsNumber)) {
                if !kindIsNumber { flush() }
                kindIsNumber = true
                current.append(character)
            } else if character.isLetter || character == "µ" || character == "°" {
                if kindIsNumber { flush() }
                kindIsNumber = false
                current.append(character)
            } else {
                flush()
                switch character {
                case "-", "–", "—": tokens.append("-")
                case "/": tokens.append("/")
                case "%": tokens.append("%")
                case "±": tokens.append("±")
                default: break
                }
            }
        }
        flush()
        return tokens
    }
}

/// Unit spellings learners and decks write, to one canonical spelling each, and the units of mass and volume
/// that convert into each other (`4000 mg` is `4 g`; `250 mg` is never `250 mcg`).
enum QuantityUnits {
    /// Mass in grams and volume in litres.
    static let scale: [String: (dimension: String, factor: Double)] = [
        "mcg": ("mass", 1e-6), "mg": ("mass", 1e-3), "g": ("mass", 1), "kg": ("mass", 1e3),
        "mL": ("volume", 1e-3), "dL": ("volume", 0.1), "L": ("volume", 1),
    ]

    static let canonical: [String: String] = {
        let spellings: [String: [String]] = [
            "mL": ["ml", "millilitre", "millilitres", "milliliter", "milliliters", "cc"],
            "L": ["l", "litre", "litres", "liter", "liters"],
            "dL": ["dl", "decilitre", "decilitres", "deciliter", "deciliters"],
            "mg": ["mg", "milligram", "milligrams", "milligramme", "milligrammes", "mgs"],
            "mcg": ["mcg", "µg", "ug", "microgram", "micrograms"],
            "g": ["g", "gram", "grams", "gm", "gramme", "grammes"],
            "kg": ["kg", "kilogram", "kilograms", "kilo", "kilos"],
            "mmol/L": ["mmol/l", "mmol per l", "mmol per litre", "mmol per liter", "mmol l", "millimoles per litre",
                       "millimoles per liter", "millimol per litre"],
            "mg/dL": ["mg/dl", "mg per dl", "mg dl", "milligrams per decilitre", "milligrams per deciliter"],
            "mEq/L": ["meq/l", "meq per l", "meq l", "milliequivalents per litre", "milliequivalents per liter"],
            "mg/kg": ["mg/kg", "mg per kg", "milligrams per kilogram"],
            "%": ["%", "percent", "per cent", "pc"],
            "units": ["unit", "units", "u", "iu", "international unit", "international units"],
            "mmHg": ["mmhg", "mm hg", "millimetres of mercury", "millimeters of mercury"],
            "/min": ["bpm", "beats per minute", "breaths per minute", "beats/min", "breaths/min", "per minute", "/min",
                     "per min", "a minute"],
            "°C": ["c", "°c", "degrees c", "° c", "degrees celsius", "celsius", "centigrade", "degrees centigrade"],
            "degrees": ["°", "degree", "degrees"],
            "minutes": ["min", "mins", "minute", "minutes"],
            "hours": ["h", "hr", "hrs", "hour", "hours"],
            "days": ["day", "days", "d"],
            "weeks": ["week", "weeks", "wk", "wks"],
        ]
        var table: [String: String] = [:]
        for (canonical, forms) in spellings {
            for form in forms { table[form] = canonical }
        }
        return table
    }()
}
