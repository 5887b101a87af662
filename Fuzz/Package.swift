// swift-tools-version: 6.0
import PackageDescription

// libFuzzer targets for the readers that take bytes from outside (docs/reliability.md).
// A package of its own, so the project's `swift build` and `swift test` never build them; Scripts/fuzz
// builds them with `-sanitize=fuzzer,address`. Each target's main hands its test to libFuzzer's driver.
let package = Package(
    name: "PearlsFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "Pearls", path: "..")],
    targets: [
        .target(name: "LibFuzzer"),
        .target(name: "FuzzSupport", dependencies: ["LibFuzzer"]),
        .executableTarget(name: "deck-source", dependencies: ["FuzzSupport", .product(name: "DeckCompiler", package: "Pearls")]),
        .executableTarget(name: "deck-json", dependencies: ["FuzzSupport", .product(name: "PearlsCore", package: "Pearls")]),
        .executableTarget(name: "journal", dependencies: ["FuzzSupport", .product(name: "Progress", package: "Pearls")]),
        .executableTarget(name: "snapshot", dependencies: ["FuzzSupport", .product(name: "Progress", package: "Pearls")]),
        .executableTarget(
            name: "fsrs-input",
            dependencies: ["FuzzSupport", .product(name: "Scheduling", package: "Pearls"), .product(name: "PearlsCore", package: "Pearls")]
        ),
        .executableTarget(name: "article", dependencies: ["FuzzSupport", .product(name: "DeckCompiler", package: "Pearls")]),
    ],
    swiftLanguageModes: [.v6]
)
