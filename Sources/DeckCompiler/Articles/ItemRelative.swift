/// A list item that is a noun phrase and a relative clause ("swelling in your feet which can spread to your
/// legs", "pain that gets worse when you cough") states something of its head: read as the statement
/// "Swelling in your feet can spread to your legs." so the clause templates can ask about it.
enum ItemRelative {
    static func statement(_ item: String) -> String? {
        let passage = Passage(item.trimming(" .;,"))
        let tokens = passage.tokens
        // The relative word follows the head phrase's noun (or its closing bracket), within the first ten words.
        guard let relative = tokens.indices.first(where: { ["which", "that"].contains(tokens[$0].key) }),
              relative >= 1, relative <= 10, relative + 2 < tokens.count,
              [.noun, .properNoun].contains(tokens[relative - 1].tag) || tokens[relative - 1].key == ")",
              !tokens[..<relative].contains(where: { $0.tag.isFinite || $0.tag == .modal || $0.key == "," }),
              tokens[relative + 1].tag.isVerb || tokens[relative + 1].tag == .modal else { return nil }
        let head = passage.text(0..<relative)
        let said = passage.text((relative + 1)..<tokens.count)
        return head.capitalizedFirst + " " + said + "."
    }
}
