@testable import Course
import Foundation
import Testing
@testable import Quiz

@Suite struct ExportFormatTests {
    @Test func reviewLogCSVQuotesWhatNeedsQuoting() {
        let before = ProgressArchive.CardState(FSRSCard.new(at: Fixtures.t0))
        let archive = ProgressArchive(
            cards: [ProgressArchive.Card(course: "c", question: "q,1", lesson: "l\"x", domain: "d", memory: before)],
            reviews: [
                ProgressArchive.Review(course: "c", question: "q,1", reviewedAt: Fixtures.t0, rating: "good", correct: true,
                                       chosen: 2, source: .exam, exam: 3, before: before,
                                       answer: ReviewAnswer(response: "c", confidence: .sure)),
                ProgressArchive.Review(course: "c", question: "q,1", reviewedAt: Fixtures.t0.addingTimeInterval(1), rating: "hard",
                                       correct: true, chosen: nil, source: .practice, exam: nil, before: before,
                                       answer: ReviewAnswer(selection: [0, 2], response: "a,c", confidence: .unsure)),
                ProgressArchive.Review(course: "c", question: "q,1", reviewedAt: Fixtures.t0.addingTimeInterval(2), rating: "good",
                                       correct: true, chosen: nil, source: .practice, exam: nil, before: before,
                                       answer: ReviewAnswer(response: "x = \"a, b\"", confidence: nil, overridden: true)),
                ProgressArchive.Review(course: "c", question: "q,1", reviewedAt: Fixtures.t0.addingTimeInterval(3), rating: "again",
                                       correct: false, chosen: nil, source: .practice, exam: nil, before: before,
                                       answer: ReviewAnswer(response: "0.19", variant: TemplateVariant(
                                           number: 3, bindings: [.init(name: "ra", value: .number(1550)), .init(name: "hyp", value: .text("the cat"))],
                                           truth: 0.8083, mistakes: [0.19]), mistake: 0)),
            ])
        let lines = ReviewLogCSV.render(archive).components(separatedBy: "\r\n")
        #expect(lines[0] == "course,question,lesson,domain,reviewed_at,source,exam,rating,correct,chosen,response,confidence,overridden,variant,mistake")
        #expect(lines[1] == #"c,"q,1","l""x",d,2025-06-15T15:06:40.000Z,exam,3,good,1,2,c,sure,0,,"#)
        #expect(lines[2] == #"c,"q,1","l""x",d,2025-06-15T15:06:41.000Z,practice,,hard,1,0;2,"a,c",unsure,0,,"#)
        #expect(lines[3] == #"c,"q,1","l""x",d,2025-06-15T15:06:42.000Z,practice,,good,1,,"x = ""a, b""",,1,,"#)
        #expect(lines[4] == ##"c,"q,1","l""x",d,2025-06-15T15:06:43.000Z,practice,,again,0,,0.19,,0,"#3 ra=1550 hyp=""the cat"" truth=0.8083",1"##)
        #expect(lines.count == 6 && lines[5].isEmpty)
    }

    @Test func ankiDeckHasHeadersAndOneNotePerQuestion() {
        var course = Fixtures.course(perDomain: 1)
        course.questions[0].stem = "What does `x\t= \"y\"` print?"
        let text = AnkiDeck.tsv(course)
        #expect(text.hasPrefix("#separator:tab\n#html:false\n#tags column:3\n"))
        let records = AnkiTSV.parse(text)
        #expect(records.count == course.questions.count)
        for (record, question) in zip(records, course.questions) {
            #expect(record.count == 3)
            #expect(record[0].hasPrefix(question.stem + "\n\na) "))
            #expect(record[0].contains("d) \(question.options[3])"))
            let letter = ["a", "b", "c", "d"][question.answer]
            #expect(record[1] == "Answer: \(letter)) \(question.options[question.answer])\n\n\(question.explanation)")
            #expect(record[2] == "demo \(question.lesson) \(question.domain) medium")
        }
    }

    /// A template becomes a note of its first variant: no placeholder left, the
    /// computed answer, and the draw named.
    @Test func ankiDeckWritesATemplateAsItsFirstVariant() throws {
        let template = TemplateQuestions.elo()
        let drawn = try TemplateDrawing.draw(template, number: 1)
        let variant = try #require(drawn.variant)
        let note = AnkiDeck.note(template)
        #expect(note.front == drawn.stem + "\n\n(type the number)")
        #expect(!note.front.contains("{") && !note.back.contains("{"))
        #expect(note.back.hasPrefix("Answer: \(CalcFormat.number(variant.truth, digits: 3))\n\n\(drawn.explanation)"))
        #expect(note.back.hasSuffix("(One variant of a question drawn anew in the app: g-elo#1.)"))
    }
}

/// A reader of tab-separated text with Anki's quoting, to check what Anki will see.
enum AnkiTSV {
    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = ""
        var quoted = false, atFieldStart = true
        let characters = Array(text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("#") }.joined(separator: "\n"))
        var index = 0
        while index < characters.count {
            let c = characters[index]
            if quoted {
                if c == "\"" {
                    if index + 1 < characters.count, characters[index + 1] == "\"" { field.append("\""); index += 1 } else { quoted = false }
                } else {
                    field.append(c)
                }
            } else if c == "\"" && atFieldStart {
                quoted = true
            } else if c == "\t" {
                record.append(field); field = ""; atFieldStart = true; index += 1; continue
            } else if c == "\n" {
                record.append(field); field = ""
                records.append(record); record = []
                atFieldStart = true; index += 1; continue
            } else {
                field.append(c)
            }
            atFieldStart = false
            index += 1
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }
}
