// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Chancery",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "ChanceryCore", targets: ["ChanceryCore"]),
        .library(name: "ChanceryStore", targets: ["ChanceryStore"]),
        .library(name: "ChanceryServer", targets: ["ChanceryServer"]),
        .executable(name: "chancery", targets: ["chancery"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        .package(url: "https://github.com/vapor/postgres-nio", exact: "1.33.2")
    ],
    targets: [
        .target(
            name: "ChanceryCore",
            resources: [.copy("Resources")]
        ),
        .target(
            name: "ChanceryStore",
            dependencies: [
                "ChanceryCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift")
            ],
            resources: [.copy("Resources")]
        ),
        .target(
            name: "ChanceryPostgres",
            dependencies: [
                "ChanceryCore",
                "ChanceryStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log")
            ]
        ),
        .target(
            name: "ChanceryServer",
            dependencies: [
                "ChanceryCore",
                "ChanceryStore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log")
            ],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "chancery",
            dependencies: [
                "ChanceryCore",
                "ChanceryStore",
                "ChanceryServer",
                "ChanceryPostgres",
                .product(name: "ArgumentParser", package: "swift-argument-parser")
            ]
        ),
        .target(
            name: "ChanceryFuzzing",
            dependencies: ["ChanceryCore"]
        ),
        .executableTarget(
            name: "chancery-recombine",
            dependencies: ["ChanceryCore", "ChanceryFuzzing"],
            path: "Fuzz/chancery-recombine"
        ),
        .executableTarget(
            name: "chancery-train",
            dependencies: ["ChanceryCore"]
        ),
        .executableTarget(
            name: "chancery-bench",
            dependencies: ["ChanceryCore", "ChanceryStore", "ChanceryPostgres", "ChanceryFuzzing"],
            path: "Benchmarks/chancery-bench"
        ),
        .testTarget(
            name: "ChanceryCoreTests",
            dependencies: ["ChanceryCore", "ChanceryFuzzing"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "ChanceryServerTests",
            dependencies: [
                "ChanceryServer", "ChanceryStore", "ChanceryCore", .product(name: "Logging", package: "swift-log")
            ]
        ),
        .testTarget(
            name: "ChanceryStoreTests",
            dependencies: [
                "ChanceryStore", "ChanceryCore", "ChanceryPostgres", "ChanceryFuzzing"
            ]
        )
    ]
)
