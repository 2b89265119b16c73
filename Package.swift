// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "dli-tutor",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "dli-tutor", targets: ["dli-tutor"]),
        .library(name: "Course", targets: ["Course"]),
        .library(name: "Quiz", targets: ["Quiz"]),
        .library(name: "Study", targets: ["Study"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    ],
    targets: [
        // No pkgConfig: pkg-config's cflags for ncursesw are feature macros that SwiftPM
        // refuses (a warning on every build); the shim header defines what curses needs,
        // and the library is linked here, by its name on each platform.
        .systemLibrary(
            name: "CNcurses",
            providers: [.apt(["libncursesw5-dev"]), .brew(["ncurses"])]
        ),
        .target(
            name: "Course",
            dependencies: [.product(name: "Yams", package: "Yams")],
            exclude: ["Markdown/README.md"]
        ),
        .target(
            name: "Quiz",
            dependencies: ["Course", .product(name: "GRDB", package: "GRDB.swift"),
                           .product(name: "GRDBSQLite", package: "GRDB.swift")],
            exclude: ["Readiness/README.md"]
        ),
        .target(name: "Study", dependencies: ["Course", "Quiz"]),
        .executableTarget(
            name: "dli-tutor",
            dependencies: [
                "Course", "Quiz", "Study", "CNcurses",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["TUI/README.md"],
            linkerSettings: [
                .linkedLibrary("ncursesw", .when(platforms: [.linux])),
                .linkedLibrary("ncurses", .when(platforms: [.macOS])),
            ]
        ),
        .testTarget(
            name: "CourseTests", dependencies: ["Course", .product(name: "Yams", package: "Yams")], exclude: ["Snapshots"], resources: [.copy("Golden")]),
        .testTarget(
            name: "QuizTests",
            dependencies: ["Quiz", .product(name: "GRDB", package: "GRDB.swift")],
            resources: [.copy("Golden")]
        ),
        .testTarget(name: "StudyTests", dependencies: ["Study", "Quiz", "Course"]),
        .testTarget(name: "dli-tutorTests", dependencies: ["dli-tutor", "Course", "Quiz", "Study"], exclude: ["Snapshots"]),
    ]
)
