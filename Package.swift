// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "deltagande",
    products: [
        .executable(name: "deltagande", targets: ["deltagande"]),
        .library(name: "Deltagande", targets: ["Deltagande"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CXLSXWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        // mimalloc replaces the C library's malloc for the whole process (see ReleaseMemory.swift).
        .systemLibrary(
            name: "CMimalloc",
            providers: [.apt(["libmimalloc-dev"])]
        ),
        // Wraps minizip's zipOpenNewFileInZip4_64 so the workbook is compressed at the fastest level.
        .target(name: "CZipLevel", linkerSettings: [.linkedLibrary("dl")]),
        .target(
            name: "Deltagande",
            dependencies: [
                "CXLSXWriter",
                "CZipLevel",
                "CMimalloc",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .executableTarget(
            name: "deltagande",
            dependencies: [
                "Deltagande",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "DeltagandeTests",
            dependencies: ["Deltagande"],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
