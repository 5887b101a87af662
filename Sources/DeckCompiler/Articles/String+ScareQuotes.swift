extension String {
    /// The text without quotation marks around a short phrase used as a term ("to “break” the fever", "feel
    /// ‘worse than ever’"): one to three words, nothing that ends a sentence inside, at word boundaries. Quoted
    /// speech ("ask, ‘Could it be sepsis?’") keeps its marks. Expects straight quotes (see `ArticleText.normalize`).
    var withoutScareQuotes: String {
        guard utf8.contains(UInt8(ascii: "\"")) || utf8.contains(UInt8(ascii: "'")) else { return self }
        var characters = Array(self)
        var index = 0
        var removed: [Int] = []
        while index < characters.count {
            let mark = characters[index]
            let opensAtWordStart = index == 0 || characters[index - 1] == " " || characters[index - 1] == "("
            guard mark == "\"" || mark == "'", opensAtWordStart, index + 1 < characters.count,
                  characters[index + 1].isLetter || characters[index + 1].isNumber else {
                index += 1
                continue
            }
            var close = index + 1
            var words = 1
            while close < characters.count, characters[close] != mark, words <= 3, !".?!;:".contains(characters[close]) {
                if characters[close] == " " { words += 1 }
                close += 1
            }
            guard close < characters.count, characters[close] == mark, words <= 3, characters[close - 1] != " " else {
                index += 1
                continue
            }
            let after = close + 1 < characters.count ? characters[close + 1] : " "
            if !(after.isLetter || after.isNumber) {
                removed += [index, close]
                index = close + 1
            } else {
                index += 1
            }
        }
        guard !removed.isEmpty else { return self }
        for position in removed.reversed() { characters.remove(at: position) }
        return String(characters)
    }
}
