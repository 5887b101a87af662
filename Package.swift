// swift-tools-version: 6.0
import PackageDescription

// The dependency graph runs one way: the executable wires the libraries, the
// libraries lean on PearlsCore, and PearlsCore needs nothing but Foundation.
let package = Package(
    name: "Pearls",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "pearls", targets: ["pearls"]),
        .library(name: "PearlsCore", targets: ["PearlsCore"]),
        .library(name: "DeckCompiler", targets: ["DeckCompiler"]),
        .library(name: "Scheduling", targets: ["Scheduling"]),
        .library(name: "Progress", targets: ["Progress"]),
        .library(name: "Study", targets: ["Study"]),
        .library(name: "Reports", targets: ["Reports"]),
        .library(name: "Interop", targets: ["Interop"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/JohnSundell/Plot", from: "0.14.0"),
    ],
    targets: [
        .target(name: "PearlsCore"),
        // The tagger's open-class word list (Scripts/make-lexicon; docs/lexicon.md).
        .target(name: "DeckCompiler", dependencies: ["PearlsCore"], resources: [.embedInCode("Language/lexicon.txt"), .embedInCode("Language/nouns.txt")]),
        .target(name: "Scheduling", dependencies: ["PearlsCore"]),
        .target(name: "Progress", dependencies: ["PearlsCore", "Scheduling"]),
        .target(name: "Study", dependencies: ["PearlsCore", "Scheduling", "Progress"]),
        .target(name: "Reports", dependencies: ["PearlsCore", "Scheduling", "Progress", .product(name: "Plot", package: "Plot")]),
        .target(name: "Interop", dependencies: ["PearlsCore", "Progress"]),
        // The compiled default deck, embedded in the binary so `pearls` works from any folder.
        // Tests/DeckCompilerTests/DefaultDeckTests.swift keeps it equal to compiling Decks/bone-metastases.
        .target(
            name: "DefaultDeck",
            dependencies: ["PearlsCore"],
            resources: [.embedInCode("bone-metastases.json")]
        ),
        .systemLibrary(
            name: "CReadline",
            pkgConfig: "readline",
            providers: [.apt(["libreadline-dev"])]
        ),
        .target(name: "Terminal", dependencies: ["CReadline", "PearlsCore"]),
        .executableTarget(
            name: "pearls",
            dependencies: [
                "PearlsCore", "DeckCompiler", "DefaultDeck", "Scheduling", "Progress", "Study", "Reports", "Interop",
                "Terminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "PearlsCoreTests", dependencies: ["PearlsCore"]),
        .testTarget(
            name: "DeckCompilerTests",
            dependencies: ["DeckCompiler", "DefaultDeck"],
            exclude: ["Golden", "Articles"]
        ),
        .testTarget(name: "SchedulingTests", dependencies: ["Scheduling"], exclude: ["Fixtures"]),
        .testTarget(name: "ProgressTests", dependencies: ["Progress", "progress-crash-writer"]),
        // A child process for the crash test, killed with SIGKILL while it records answers.
        .executableTarget(name: "progress-crash-writer", dependencies: ["Progress"], path: "Tests/ProgressCrashWriter"),
        .testTarget(name: "StudyTests", dependencies: ["Study", "DefaultDeck"]),
        .testTarget(name: "TerminalTests", dependencies: ["Terminal"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports"], exclude: ["Golden"]),
        .testTarget(name: "InteropTests", dependencies: ["Interop"]),
        .testTarget(name: "PearlsCLITests", dependencies: ["pearls"], exclude: ["HostileCorpus"]),
    ],
    swiftLanguageModes: [.v6]
)
