// swift-tools-version:6.0
import PackageDescription

// Benchmarks live in their own package so the main build stays lean. Run with
// `swift run -c release --package-path Benchmarks extraction-benchmark`.
let package = Package(
    name: "NewsGraphBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "NewsGraph", path: "..")],
    targets: [
        .executableTarget(
            name: "extraction-benchmark",
            dependencies: [.product(name: "NewsGraph", package: "NewsGraph")],
            path: "Sources/ExtractionBenchmark"
        ),
        .executableTarget(
            name: "diff-benchmark",
            dependencies: [.product(name: "NewsGraph", package: "NewsGraph")],
            path: "Sources/DiffBenchmark"
        ),
        .executableTarget(
            name: "render-benchmark",
            dependencies: [
                .product(name: "NewsGraph", package: "NewsGraph"),
                .product(name: "NewsGraphRender", package: "NewsGraph"),
            ],
            path: "Sources/RenderBenchmark"
        ),
        .executableTarget(
            name: "query-benchmark",
            dependencies: [.product(name: "NewsGraph", package: "NewsGraph")],
            path: "Sources/QueryBenchmark"
        ),
        .executableTarget(
            name: "syntax-benchmark",
            dependencies: [.product(name: "NewsGraph", package: "NewsGraph")],
            path: "Sources/SyntaxBenchmark"
        ),
    ]
)
