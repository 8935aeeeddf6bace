// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for NewsGraph. A separate package, so the main build and CI never see it.
// Build and run with `Tests/Fuzz/run.sh extract|graph SECONDS` (docs/fuzzing.md): the script
// passes `-sanitize=fuzzer,address` on the command line; nothing here needs unsafe flags.
let package = Package(
    name: "NewsGraphFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "NewsGraph", path: "../..")],
    targets: [
        // Declares libFuzzer's LLVMFuzzerRunDriver for the targets' `main`.
        .target(name: "FuzzerDriver", path: "Sources/FuzzerDriver"),
        .executableTarget(
            name: "fuzz-extract",
            dependencies: ["FuzzerDriver", .product(name: "NewsGraph", package: "NewsGraph")],
            path: "Sources/FuzzExtract"
        ),
        .executableTarget(
            name: "fuzz-graph",
            dependencies: ["FuzzerDriver", .product(name: "NewsGraph", package: "NewsGraph")],
            path: "Sources/FuzzGraph"
        ),
    ]
)
