import Course
import Foundation
import Study
import Testing
@testable import dli_tutor

/// Defect 5: numbers are never cut, cut text ends in "…", and the layouts use
/// the width there is (60 columns: nothing lost; 200 columns: nothing cut).
@Suite struct NarrowLayoutTests {
    @Test func truncationMarksTheCutAndKeepsNumbersWhole() {
        #expect(TextFit.truncate("35 reviews in 15 days", to: 16) == "35 reviews in…")
        #expect(TextFit.truncate("accuracy 67%", to: 11) == "accuracy…")
        #expect(TextFit.truncate("1,050,624 parameters", to: 6) == "…")
        #expect(TextFit.truncate("LangGraph agents", to: 9) == "LangGrap…")
        #expect(TextFit.truncate("fits", to: 4) == "fits")
    }

    /// Every percentage of the stats page shows whole at 60 columns, and at 200
    /// columns no lesson title is cut.
    @Test func statsKeepEveryFigureAtSixtyAndEveryTitleAtTwoHundredColumns() throws {
        let store = StudyFixtures.activeStore()
        let stats = try store.stats(course: StudyFixtures.course, now: Fixtures.now, calendar: Fixtures.utc)
        for width in [60, 64, 80] {
            let page = StatsLayout.render(stats, course: StudyFixtures.course, width: width, now: Fixtures.now, calendar: Fixtures.utc)
            let text = (0..<page.height).map { page.rowText($0) }.joined(separator: "\n")
            for row in stats.domains + stats.lessons {
                guard let percent = row.accuracy.percent else { continue }
                #expect(text.contains("\(StudyFormat.percent(percent))  \(row.accuracy.correct)/\(row.accuracy.answered)"), "\(width): \(row.title)")
            }
            #expect(!text.contains("…"), "\(width) columns:\n\(text)")
        }
        var long = StudyFixtures.course
        long.lessons[0].title = "Agentic AI and multi-agent systems with LangGraph, checkpointers and stores"
        let wide = try store.stats(course: long, now: Fixtures.now, calendar: Fixtures.utc)
        let page = StatsLayout.render(wide, course: long, width: 200, now: Fixtures.now, calendar: Fixtures.utc)
        let text = (0..<page.height).map { page.rowText($0) }.joined(separator: "\n")
        #expect(text.contains("1. " + long.lessons[0].title))
    }

    /// Home at 60 to 64 columns: the activity line says how many days it covers, whole.
    @Test func homeShowsItsActivityWholeOnNarrowScreens() throws {
        for width in 60...64 {
            var app = try StudyFixtures.app(size: Size(width: width, height: 20), store: StudyFixtures.activeStore())
            app.send(.tick(Fixtures.now))
            let activity = try #require((0..<20).map { app.frame.rowText($0) }.first { $0.contains("Activity") })
            #expect(activity.firstMatch(of: /reviews in (\d+) days$/) != nil, "\(width): \(activity)")
        }
    }
}
