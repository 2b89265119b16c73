import Testing
@testable import Course

@Suite struct CalcCallTests {
    @Test func parsesNameAndArguments() throws {
        let call = try CalcCall.parse(#"bleu hyp="the cat sat" ref='a cat' ref=x smooth-value=0.1"#)
        #expect(call.name == "bleu")
        #expect(call.values("ref") == ["a cat", "x"])
        #expect(call.string("hyp") == "the cat sat")
        #expect(call.string("smooth_value") == "0.1")
    }

    @Test func quotedEscapes() throws {
        let call = try CalcCall.parse(#"rouge hyp="line one\nline \"two\"" ref=\x"#)
        #expect(call.string("hyp") == "line one\nline \"two\"")
        #expect(call.string("ref") == "\\x")
    }

    @Test func roundTripsThroughText() throws {
        let call = CalcCall(name: "qa", arguments: [("pred", "a \"b\""), ("truth", "c\nd"), ("x", "1")])
        #expect(try CalcCall.parse(call.text) == call)
    }

    @Test func syntaxErrorsHaveColumns() {
        #expect(throws: CalcSyntaxError(column: 8, message: "expected '=' after 'hyp'")) {
            try CalcCall.parse("elo hyp")
        }
        #expect(throws: CalcSyntaxError(column: 10, message: "unterminated quoted value")) {
            try CalcCall.parse("bleu hyp=\"abc")
        }
        #expect(throws: CalcSyntaxError.self) { try CalcCall.parse("   ") }
    }

    @Test func typedAccessors() throws {
        let call = try CalcCall.parse("x a=1,2,3 m=\"1,0;0,1\" n=8e9 flag=true bad=abc")
        #expect(try call.vector("a") == [1, 2, 3])
        #expect(try call.matrix("m") == [[1, 0], [0, 1]])
        #expect(try call.int("n") == 8_000_000_000)
        #expect(try call.bool("flag") == true)
        #expect(throws: FormulaError.invalidArgument("bad", "'abc' is not a number")) { try call.double("bad") }
        #expect(throws: FormulaError.missingArgument("zzz")) { try call.requiredDouble("zzz") }
    }

    @Test func unknownArgumentsAreRejected() throws {
        let call = try CalcCall.parse("elo ra=1 rbb=2")
        #expect(throws: FormulaError.self) { try call.rejectUnknown(EloCalculator.arguments) }
    }

    /// A second value of a one-value argument would be dropped unseen; a repeating one (BLEU's references) keeps both.
    @Test func aOneValueArgumentGivenTwiceIsRejected() throws {
        let twice = try CalcCall.parse("elo ra=1600 ra=1500 rb=1400")
        #expect(throws: FormulaError.invalidArgument("ra", "given more than once (it takes one value)")) {
            try Calculators.evaluate(twice)
        }
        let references = try CalcCall.parse("bleu hyp='a b c d' ref='a b c d' ref='a b c e'")
        #expect(try Calculators.evaluate(references).json.serialized().contains("score"))
    }
}

@Suite struct JSONValueTests {
    @Test func serializesInOrder() {
        let value: JSONValue = ["b": 1, "a": [1.5, true, .null], "s": "q\"\n"]
        #expect(value.serialized() == #"{"b": 1, "a": [1.5, true, null], "s": "q\"\n"}"#)
    }

    @Test func paths() {
        let value: JSONValue = ["rouge1": ["fmeasure": 0.5], "p": [1.0, 2.0]]
        #expect(value.value(atPath: "rouge1.fmeasure") == .number(0.5))
        #expect(value.value(atPath: "p.1")?.doubleValue == 2)
        #expect(value.value(atPath: "p.7") == nil)
    }

    @Test func equalityComparesNumbersByValueAndBooleansOnlyWithBooleans() {
        #expect(JSONValue.integer(1) == .number(1) && JSONValue.number(2) == .integer(2))
        #expect(JSONValue.bool(true) != .integer(1) && JSONValue.number(0) != .bool(false))
        #expect(JSONValue.string("1") != .integer(1))
    }

    @Test func formatsIntegralDoublesAsFloats() {
        #expect(JSONValue.number(100).serialized() == "100.0")
        #expect(JSONValue.number(.nan).serialized() == "null")
    }
}

@Suite struct CalcReportTests {
    @Test func stepValuesAlignInTerminalColumns() {
        // Labels may hold the learner's text (player names): 東京 takes four columns.
        let report = CalcReport(call: CalcCall(name: "x"), title: "t", headline: "h",
                                steps: [CalcStep("東京", "1"), CalcStep("abc", "2")], json: .null)
        let lines = CalcReportLayout.lines(report, width: 40, theme: .unicode).map(\.text)
        #expect(lines == ["t", "  東京  1", "  abc   2", "⇒ h"])
    }
}

@Suite struct CalcFormatTests {
    @Test func formats() {
        #expect(CalcFormat.integer(41_943_040) == "41,943,040")
        #expect(CalcFormat.integer(-1000) == "-1,000")
        #expect(CalcFormat.number(0.5) == "0.5")
        #expect(CalcFormat.number(37.99178428, digits: 2) == "37.99")
        #expect(CalcFormat.percent(0.7597) == "75.97%")
        #expect(CalcFormat.bytes(16_060_000_000) == "16.06 GB")
    }

    @Test func smallNumbersKeepSignificantDigits() {
        // ᾱ at t = 1000 of the linear schedule: the same text at any precision.
        #expect(CalcFormat.number(4.0358e-5, digits: 6) == "4.036e-5")
        #expect(CalcFormat.number(4.0358e-5, digits: 4) == "4.036e-5")
        #expect(CalcFormat.number(-2.42877e-9) == "-2.429e-9")
        #expect(CalcFormat.number(1e-12) == "1e-12")
        #expect(CalcFormat.number(0.00027497, digits: 4) == "0.000275")
        #expect(CalcFormat.number(0.0020871, digits: 4) == "0.002087")
        // Three significant digits or more are shown as before.
        #expect(CalcFormat.number(0.0986, digits: 4) == "0.0986")
        #expect(CalcFormat.number(0.000275, digits: 6) == "0.000275")
        #expect(CalcFormat.number(123.456, digits: 0) == "123")
        #expect(CalcFormat.number(0) == "0")
    }

    @Test func quantitiesAgreeInNumber() {
        #expect(CalcFormat.quantity(1, "bit", "bits") == "1 bit")
        #expect(CalcFormat.quantity(1.00001, "bit", "bits", digits: 2) == "1 bit")
        #expect(CalcFormat.quantity(1.5, "bit", "bits") == "1.5 bits")
        #expect(CalcFormat.quantity(0, "token", "tokens") == "0 tokens")
    }
}

/// Texts name arguments as the face that shows them takes them.
@Suite struct CalcFaceTests {
    let arguments: Set<String> = ["score", "method", "d_in", "model", "rank"]

    @Test func optionsRewriteMentionsOfArgumentsOnly() {
        let face = CalcFace.options
        #expect(face.mentions(in: "assumed, give score=", arguments: arguments) == "assumed, give --score")
        #expect(face.mentions(in: "applies to method=qlora only", arguments: arguments) == "applies to --method qlora only")
        #expect(face.mentions(in: "cannot be combined with model= (the preset)", arguments: arguments)
            == "cannot be combined with --model (the preset)")
        #expect(face.mentions(in: "needs 'rank' and t=500", arguments: arguments) == "needs '--rank' and t=500")
        #expect(face.mentions(in: "model (or d_in and d_out)", arguments: arguments, bare: true) == "--model (or --d-in and d_out)")
        #expect(face.mentions(in: "scoreboard=1 and rank", arguments: arguments) == "scoreboard=1 and rank")
        #expect(CalcFace.call.mentions(in: "give score=", arguments: arguments) == "give score=")
    }

    @Test func errorsFollowTheFace() {
        let error = FormulaError.invalidArgument("d_in", "cannot be combined with model=")
        #expect(error.description(for: .options, arguments: arguments) == "--d-in: cannot be combined with --model")
        #expect(error.description(for: .call, arguments: arguments) == "d_in: cannot be combined with model=")
        #expect(FormulaError.missingArgument("rank").description(for: .options, arguments: arguments) == "missing option --rank")
    }
}
