// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "NewsGraph",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "NewsGraph", targets: ["NewsGraph"]),
        .library(name: "NewsGraphRender", targets: ["NewsGraphRender"]),
        .executable(name: "newsgraph", targets: ["newsgraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(
            name: "NewsGraph",
            resources: [.copy("Resources/lexicon"), .copy("Resources/syntax")]
        ),
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .target(
            name: "NewsGraphRender",
            dependencies: ["NewsGraph", "CGraphviz"]
        ),
        .executableTarget(
            name: "newsgraph",
            dependencies: [
                "NewsGraph",
                "NewsGraphRender",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "NewsGraphTests",
            dependencies: ["NewsGraph"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "NewsGraphRenderTests",
            dependencies: ["NewsGraphRender", "NewsGraph"]
        ),
    ]
)
