// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "NewsGraph",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "NewsGraph", targets: ["NewsGraph"]),
        .executable(name: "newsgraph", targets: ["newsgraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(
            name: "NewsGraph",
            resources: [.copy("Resources/lexicon")]
        ),
        .executableTarget(
            name: "newsgraph",
            dependencies: [
                "NewsGraph",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "NewsGraphTests",
            dependencies: ["NewsGraph"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
