import DeckCompiler
import FuzzSupport

// Any bytes as a Markdown deck source: compiling returns diagnostics, never crashes.
runLibFuzzer { data, size in
    let source = DeckSource(name: "fuzz.md", kind: .markdown, bytes: Array(fuzzInput(data, size)))
    _ = DeckCompiler.compile([source], fallbackID: "fuzz")
    return 0
}
