// swift-tools-version: 6.1
// Release benchmarks of Chancery's stages with ordo-one/benchmark, in a package of their own so that the main
// package, its tests and CI do not build the benchmark library. Run from this folder:
//   swift package --allow-writing-to-package-directory benchmark baseline update main   (record)
//   swift package benchmark baseline check main                                         (compare; fails on a regression)
import PackageDescription

let package = Package(
    name: "ChanceryPerformance",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "Chancery", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark.git", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "Pipeline",
            dependencies: [
                .product(name: "ChanceryCore", package: "Chancery"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/Pipeline",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    ]
)
