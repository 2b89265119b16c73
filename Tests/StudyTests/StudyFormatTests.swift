import Foundation
import Study
import Testing

@Suite struct StudyFormatTests {
    @Test func clocksDropTheLeadingZeroUnderTenMinutes() {
        #expect(StudyFormat.clock(245) == "4:05")
        #expect(StudyFormat.clock(2525) == "42:05")
        #expect(StudyFormat.clock(3723) == "1:02:03")
        #expect(StudyFormat.clock(-3) == "0:00")
        #expect(StudyFormat.clock(59.9) == "0:59")
    }

    @Test func spansAndIntervalsUseTheLargestWholeUnit() {
        #expect(StudyFormat.span(45) == "45 s")
        #expect(StudyFormat.span(720) == "12 min")
        #expect(StudyFormat.span(86_400) == "1 day")
        #expect(StudyFormat.interval(30) == "1m")
        #expect(StudyFormat.interval(4 * 86_400) == "4d")
        #expect(StudyFormat.interval(400 * 86_400) == "1.1y")
    }

    @Test func percentagesAndDays() {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC")!
        #expect(StudyFormat.percent(66.7) == "67%")
        #expect(StudyFormat.day(Date(timeIntervalSince1970: 1_773_144_000), calendar: utc) == "2026-03-10")
        #expect(StudyFormat.count(1, "question") == "1 question" && StudyFormat.count(3, "question") == "3 questions")
    }
}
