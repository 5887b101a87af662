import ArgumentParser
import DeckCompiler
import DefaultDeck
import Foundation
import PearlsCore

/// Finds the deck a command works on: the built-in one, a compiled deck JSON, or sources compiled on the fly.
enum DeckLoading {
    /// Loads `path`, or the built-in deck when it is `nil`. A `.json` file is read as deck JSON;
    /// anything else is compiled, with its diagnostics printed to standard error.
    static func load(_ path: String?) throws -> Deck {
        guard let path else { return try DefaultDeck.load() }
        if path.lowercased().hasSuffix(".json") {
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw SourceLoaderError.unreadable(path: path, reason: (error as NSError).localizedDescription)
            }
            return try Deck.decode(data, fileName: path)
        }
        return try compileReporting([path])
    }

    /// Compiles sources, printing every diagnostic; throws exit status 1 when there were errors.
    static func compileReporting(_ paths: [String]) throws -> Deck {
        try compileResult(paths).deck
    }

    /// Compiles sources (generating cards from the files in `generating` as articles), printing every diagnostic.
    static func compileResult(_ paths: [String], generatingAll: Bool = false) throws -> (deck: Deck, result: CompileResult) {
        let (sources, fallbackID) = try SourceLoader.load(paths: paths)
        let generating = generatingAll ? Set(sources.map(\.name)) : []
        let result = DeckCompiler.compile(sources, fallbackID: fallbackID, generating: generating)
        for diagnostic in result.diagnostics { printError(diagnostic.description) }
        guard let deck = result.deck else {
            printError("pearls: error: " + summary(of: result.diagnostics) + "; nothing compiled")
            throw ExitCode.failure
        }
        return (deck, result)
    }

    /// "2 errors, 1 warning".
    static func summary(of diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        return [counted(errors, "error"), counted(warnings, "warning")].compactMap { $0 }.joined(separator: ", ")
    }

    private static func counted(_ count: Int, _ noun: String) -> String? {
        count == 0 ? nil : "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
