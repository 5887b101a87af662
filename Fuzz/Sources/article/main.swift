import DeckCompiler
import FuzzSupport

// Any bytes as an article: the first byte picks plain text (even) or HTML (odd), the rest is the article.
runLibFuzzer { data, size in
    let input = fuzzInput(data, size)
    guard let first = input.first else { return 0 }
    let name = first & 1 == 0 ? "fuzz.txt" : "fuzz.html"
    _ = DeckCompiler.compile([DeckSource(name: name, kind: .article, bytes: Array(input.dropFirst()))], fallbackID: "fuzz")
    return 0
}
