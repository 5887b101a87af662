/// An authored card as written, before its type is settled and its id assigned.
struct CardDraft {
    enum Kind { case question, trueFalse, teach, cloze }

    /// A field's value and where it was written, for diagnostics.
    struct Field {
        var value: String
        var line: Int
        var column: Int
    }

    struct Option {
        var text: String
        var isCorrect: Bool
        var line: Int
        var column: Int
    }

    var kind: Kind
    var file: String
    /// The line the card starts on.
    var line: Int
    var topic: String
    /// The `Q:` or `TF:` text; for a teach item, its `Q:`.
    var prompt: Field?
    /// The `Teach:` key point.
    var point: Field?
    /// The lines of a cloze paragraph.
    var clozeLines: [ClozeLine] = []
    var options: [Option] = []
    /// `A:`, `Why:`, `Source:`, `Tags:`, `ID:` and `Note:` values.
    var fields: [FieldKey: Field] = [:]

    init(kind: Kind, file: String, line: Int, topic: String) {
        self.kind = kind
        self.file = file
        self.line = line
        self.topic = topic
    }
}
