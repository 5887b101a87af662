import ArgumentParser
import DeckCompiler
import Foundation
import PearlsCore

/// `pearls-bench articles`: times the article compiler on the seed articles and on generated corpora.
struct ArticlesBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "articles",
        abstract: "Time compiling articles: a folder of real articles, and synthetic corpora of given sizes.")

    @Option(help: "A folder of articles to time as one compile (the seeds).")
    var seeds: String?

    @Option(help: "Corpus sizes in kilobytes, comma-separated (each is one article file).")
    var sizes = "1000,10000"

    @Option(help: "Repetitions for each timing.")
    var repetitions = 5

    @Option(help: "Write the first corpus here as well, to look at or to time with `pearls compile`.")
    var write: String?

    func run() throws {
        if let seeds, let loaded = try? SourceLoader.load(paths: [seeds]) {
            let seedCompile = Measurement.run("compile the seed articles", repetitions: repetitions * 4) {
                DeckCompiler.compile(loaded.sources, fallbackID: loaded.fallbackID).deck?.cards.count ?? 0
            }
            print(seedCompile.line)
        }
        for (index, kilobytes) in sizes.split(separator: ",").compactMap({ Int($0) }).enumerated() {
            let text = ArticleCorpus.text(bytes: kilobytes * 1000, seed: 42)
            if index == 0, let write { try text.write(toFile: write, atomically: true, encoding: .utf8) }
            let source = DeckSource(name: "corpus.txt", kind: .article, bytes: Array(text.utf8))
            var cards = 0
            let measurement = Measurement.run("compile a \(kilobytes) kB corpus", warmUp: 1,
                                              repetitions: max(1, repetitions / (kilobytes >= 5000 ? 2 : 1))) {
                cards = DeckCompiler.compile([source], fallbackID: "corpus").deck?.cards.count ?? 0
                return cards
            }
            print(measurement.line + "\t\(cards) cards")
        }
        print(String(format: "peak memory\t%.1f MB", peakMemoryMegabytes()))
    }
}
