// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Chancery",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "ChanceryCore", targets: ["ChanceryCore"]),
        .executable(name: "chancery", targets: ["chancery"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    ],
    targets: [
        .target(
            name: "ChanceryCore",
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "chancery",
            dependencies: [
                "ChanceryCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "chancery-bench",
            dependencies: ["ChanceryCore"],
            path: "Benchmarks/chancery-bench"
        ),
        .testTarget(
            name: "ChanceryCoreTests",
            dependencies: ["ChanceryCore"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
