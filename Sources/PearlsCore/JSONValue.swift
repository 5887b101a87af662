/// A JSON document built in code and rendered with a fixed key order.
///
/// Foundation's `JSONEncoder` does not promise a key order, and decks must compile to the same
/// bytes every time, so the files Pearls writes are rendered from this value instead.
public indirect enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONValue])
    /// Keys in the order they are written.
    case object([(String, JSONValue)])
    /// A value already rendered at the indent it is placed at (see `rendered(atIndent:)`): large documents
    /// render their items in parallel and place them in order.
    case rendered(String)

    /// An optional string as a string or `null`.
    public static func string(_ value: String?) -> JSONValue {
        value.map(JSONValue.string) ?? .null
    }

    /// The value rendered as indented JSON ending in a newline. Arrays of scalars stay on one line.
    public func rendered() -> String {
        var out = ""
        render(into: &out, indent: 0)
        out.append("\n")
        return out
    }

    /// The value rendered as it would be at `indent` inside a larger document, without a final newline.
    public func rendered(atIndent indent: Int) -> String {
        var out = ""
        render(into: &out, indent: indent)
        return out
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object, .rendered: false
        default: true
        }
    }

    private func render(into out: inout String, indent: Int) {
        switch self {
        case .null: out.append("null")
        case .bool(let value): out.append(value ? "true" : "false")
        case .int(let value): out.append(String(value))
        case .string(let value): JSONValue.appendQuoted(value, to: &out)
        case .rendered(let text): out.append(text)
        case .array(let items):
            if items.isEmpty {
                out.append("[]")
            } else if items.allSatisfy(\.isScalar) {
                out.append("[")
                for (index, item) in items.enumerated() {
                    if index > 0 { out.append(", ") }
                    item.render(into: &out, indent: indent)
                }
                out.append("]")
            } else {
                out.append("[\n")
                for (index, item) in items.enumerated() {
                    out.append(String(repeating: "  ", count: indent + 1))
                    item.render(into: &out, indent: indent + 1)
                    out.append(index == items.count - 1 ? "\n" : ",\n")
                }
                out.append(String(repeating: "  ", count: indent) + "]")
            }
        case .object(let members):
            if members.isEmpty {
                out.append("{}")
                return
            }
            if members.count <= 4 && members.allSatisfy({ $0.1.isScalar }) {
                // Small flat objects such as {"file": "a.md", "line": 3} read best on one line.
                out.append("{")
                for (index, (key, value)) in members.enumerated() {
                    if index > 0 { out.append(", ") }
                    JSONValue.appendQuoted(key, to: &out)
                    out.append(": ")
                    value.render(into: &out, indent: indent)
                }
                out.append("}")
                return
            }
            out.append("{\n")
            for (index, (key, value)) in members.enumerated() {
                out.append(String(repeating: "  ", count: indent + 1))
                JSONValue.appendQuoted(key, to: &out)
                out.append(": ")
                value.render(into: &out, indent: indent + 1)
                out.append(index == members.count - 1 ? "\n" : ",\n")
            }
            out.append(String(repeating: "  ", count: indent) + "}")
        }
    }

    /// Appends `text` as a JSON string literal: quotes, backslashes, every control character, DEL, the C1
    /// controls and the bidirectional controls escaped (as `ByteBuffer.appendJSONString` does).
    public static func appendQuoted(_ text: String, to out: inout String) {
        out.append("\"")
        // Most text has nothing to escape: append it whole rather than scalar by scalar.
        // 0xC2 and 0xE2 lead the UTF-8 of the C1 and bidirectional controls.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 || $0 == UInt8(ascii: "\"")
            || $0 == UInt8(ascii: "\\") }) {
            out.append(text)
            out.append("\"")
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out.append("\\\"")
            case "\\": out.append("\\\\")
            case "\n": out.append("\\n")
            case "\r": out.append("\\r")
            case "\t": out.append("\\t")
            case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value):
                let hex = String(scalar.value, radix: 16)
                out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            default: out.unicodeScalars.append(scalar)
            }
        }
        out.append("\"")
    }
}
