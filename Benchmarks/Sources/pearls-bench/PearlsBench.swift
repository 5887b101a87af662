import ArgumentParser

/// Benchmarks for Pearls: data generators and timed library workloads. Scripts/bench drives them
/// alongside the peers and writes BENCHMARKS.md.
@main
struct PearlsBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pearls-bench",
        abstract: "Generate benchmark data and time Pearls' hot paths (build with -c release).",
        subcommands: [Generate.self, Histories.self, Library.self, ProfileBench.self, ArticlesBench.self])
}
