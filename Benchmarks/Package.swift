// swift-tools-version: 6.0
import Foundation
import PackageDescription

// A path dependency is named after its folder, which is whatever the clone is called.
let pearls = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent().lastPathComponent.lowercased()

// Benchmarks live in their own package so the main build and `swift test` stay lean.
// Build in release: swift build -c release --package-path Benchmarks
let package = Package(
    name: "PearlsBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .executableTarget(
            name: "pearls-bench",
            dependencies: [
                .product(name: "PearlsCore", package: pearls),
                .product(name: "Scheduling", package: pearls),
                .product(name: "Progress", package: pearls),
                .product(name: "DeckCompiler", package: pearls),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
