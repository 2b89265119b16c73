import Foundation
import Testing
@testable import Course

@Suite struct FigureCheckerTests {
    /// A stand-in calculator: `v` is the value of argument `a`.
    let evaluate: FigureChecker.Evaluate = { call throws(FormulaError) in
        CalcReport(call: call, title: "t", headline: "h", json: ["v": .number(try call.requiredDouble("a"))])
    }

    func question(_ options: [String], answer: Int, calc: String = "x a=0.7597", digits: Int? = 2, scale: Double? = nil) -> Question {
        Question(id: "q", lesson: "l", domain: "d", difficulty: .easy, kind: .numeric, stem: "?", options: options,
                 answer: answer, explanation: "", check: QuestionCheck(calc: calc, field: "v", digits: digits, scale: scale))
    }

    @Test func numbersInText() {
        #expect(FigureChecker.numbers(in: "41,943,040 params") == [41_943_040])
        #expect(FigureChecker.numbers(in: "about 0.76 (76%), k=32") == [0.76, 76, 32])
        #expect(FigureChecker.numbers(in: "−3 and -2.5 but x-1 and 1e-4") == [-3, -2.5, 1, 1e-4])
        #expect(FigureChecker.numbers(in: "Llama-3-8B and v2") == [3, 8])
        #expect(FigureChecker.numbers(in: "1,2,3") == [1, 2, 3])
        #expect(FigureChecker.numbers(in: "ends with 2020.") == [2020])
    }

    @Test func checkHoldsOnlyWhenTheKeyStatesTheValue() {
        #expect(FigureChecker.problem(with: question(["0.24", "0.76", "0.5", "1"], answer: 1), evaluate: evaluate) == nil)
        #expect(FigureChecker.problem(with: question(["0.24", "0.76", "0.5", "1"], answer: 0), evaluate: evaluate)
                == "check: v = 0.76, which the keyed option A does not state")
        #expect(FigureChecker.problem(with: question(["0.76", "0.76 again"], answer: 0), evaluate: evaluate)
                == "check: v = 0.76 also appears in option B")
        #expect(FigureChecker.problem(with: question(["76%", "24%"], answer: 0, digits: 0, scale: 100), evaluate: evaluate) == nil)
    }

    @Test func brokenCalcIsReported() {
        #expect(FigureChecker.problem(with: question(["1", "2"], answer: 0, calc: "x b=1"), evaluate: evaluate)
                == "calc 'x b=1': missing argument 'a'")
        #expect(FigureChecker.problem(with: question(["1", "2"], answer: 0, calc: "x a"), evaluate: evaluate)?.hasPrefix("calc 'x a': column") == true)
    }

    @Test func claims() {
        let lesson = Lesson(id: "l", title: "", chapter: "c", order: 1, body: "It has 41,943,040 trainable parameters.")
        #expect(FigureChecker.problem(with: LessonClaim(text: "41,943,040", calc: "x a=41943040", field: "v"), in: lesson, evaluate: evaluate) == nil)
        #expect(FigureChecker.problem(with: LessonClaim(text: "41,943,040", calc: "x a=41943041", field: "v"), in: lesson, evaluate: evaluate)
                == "claim '41,943,040': v is 41943041")
        #expect(FigureChecker.problem(with: LessonClaim(text: "42", calc: "x a=42", field: "v"), in: lesson, evaluate: evaluate)
                == "claim '42' does not occur in the lesson")
    }
}

@Suite struct ContentLocatorTests {
    @Test func orderOfCandidates() {
        let list = ContentLocator.candidates(explicit: nil, environment: ["DLI_TUTOR_CONTENT": "/env/c"],
                                             executablePath: "/opt/x/bin/dli-tutor")
        #expect(list == ["/env/c", "/opt/x/share/dli-tutor/Content", "/opt/x/bin/Content", "/opt/x/Content", "/opt/Content"])
        #expect(ContentLocator.candidates(explicit: "/mine", environment: [:], executablePath: "/a/b") == ["/mine"])
    }

    /// The test runner is run by path, so its own `argv[0]` would do too; the
    /// install test covers a binary run by name through PATH.
    @Test func runningExecutableIsTheFileThatRuns() {
        let path = ContentLocator.runningExecutable
        #expect(path.hasPrefix("/"))
        #expect(FileManager.default.isExecutableFile(atPath: path))
    }

    @Test func missingContentNamesWhereItLooked() {
        do {
            _ = try ContentLocator.locate(explicit: "/nonexistent/content", environment: [:], executablePath: "/x/y")
            Issue.record("expected NotFound")
        } catch {
            #expect(error.description.contains("/nonexistent/content"))
        }
    }

    @Test func dataDirectoryResolution() {
        #expect(DataDirectory.resolve(explicit: nil, environment: ["XDG_DATA_HOME": "/x", "HOME": "/h"]) == "/x/dli-tutor")
        #expect(DataDirectory.resolve(explicit: nil, environment: ["HOME": "/h"]) == "/h/.local/share/dli-tutor")
        #expect(DataDirectory.resolve(explicit: nil, environment: ["DLI_TUTOR_DATA": "/d", "XDG_DATA_HOME": "/x"]) == "/d")
    }
}
