import Course
import Foundation
import Testing
@testable import Quiz

/// The bundled course's question templates (issue 12): enough of them, every
/// listed topic covered, and for fifty draws of each the computed truth graded
/// right and every named mistake graded wrong with its name.
@Suite struct BundledTemplateTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Content/dli-generative-ai").path
    static let load = CourseLoader.load(folder: folder)
    static let draws = 1...50

    var templates: [Question] {
        get throws {
            let course = try #require(Self.load.course, "the bundled course did not load: \(Self.load.errors)")
            return course.questions.filter { $0.template != nil }
        }
    }

    @Test func thereAreEnoughTemplatesEachWithTwoMistakes() throws {
        let templates = try templates
        #expect(templates.count >= 25, "\(templates.count) templates")
        for question in templates {
            #expect((question.template?.mistakes.count ?? 0) >= 2, "\(question.id) names fewer than two mistakes")
        }
        let generated = templates.filter { $0.template?.generatesOptions == true }
        #expect(generated.count >= 6, "\(generated.count) pick-one templates with generated options")
    }

    /// Each topic of the issue by what computes it: a calculator call (name, an
    /// argument, a result field) or an expression, in the truth or a mistake.
    @Test func everyListedTopicIsCovered() throws {
        let formulas = try templates.map { question -> [TemplateFormula] in
            guard let template = question.template else { return [] }
            return [template.truth] + template.mistakes.map(\.formula)
        }
        func call(_ name: String, _ argument: String? = nil, field: String? = nil) -> (TemplateFormula) -> Bool {
            { formula in
                guard case .calc(let call, let f, _) = formula, call.hasPrefix(name + " ") else { return false }
                return (argument.map { call.contains($0) } ?? true) && (field.map { f.hasPrefix($0) } ?? true)
            }
        }
        func expr(_ part: String) -> (TemplateFormula) -> Bool {
            { formula in
                guard case .expr(let text) = formula else { return false }
                return text.contains(part)
            }
        }
        let topics: [(String, (TemplateFormula) -> Bool)] = [
            ("BLEU modified precision", call("bleu", field: "precisions")),
            ("BLEU brevity penalty", expr("exp(1 - r / c)")),
            ("ROUGE-1", call("rouge", field: "rouge1")), ("ROUGE-2", call("rouge", field: "rouge2")),
            ("ROUGE-L", call("rouge", field: "rougeL")),
            ("SQuAD F1", call("qa", field: "f1")), ("SQuAD EM", call("qa", field: "exact_match")),
            ("cosine similarity", call("cosine", field: "cosine")),
            ("perplexity", call("perplexity", field: "perplexity")),
            ("softmax with temperature", call("sampling", "temperature=", field: "probabilities")),
            ("top-k survivors", call("sampling", "top_k=")), ("top-p survivors", call("sampling", "top_p=", field: "kept_count")),
            ("Elo expected score", call("elo", field: "expected_a")), ("Elo rating update", call("elo", field: "new_ra")),
            ("LoRA on a preset model", call("lora", "model=", field: "trainable_params")),
            ("LoRA on raw shapes", call("lora", "d_in=", field: "trainable_params")),
            ("full fine-tuning memory", call("vram", "method=full")), ("LoRA memory", call("vram", "method=lora")),
            ("QLoRA memory", call("vram", "method=qlora")),
            ("CFG on vectors", call("cfg", field: "guided")),
            ("DDPM ᾱ_t, linear", call("ddpm", "schedule=linear", field: "alpha_bar")),
            ("DDPM √ᾱ_t, cosine", call("ddpm", "schedule=cosine", field: "sqrt_alpha_bar")),
            ("DDPM SNR", call("ddpm", field: "snr")), ("DDPM x_t", call("ddpm", "x0=", field: "x_t")),
            ("attention weights", expr("sqrt(dk)")), ("attention scores", call("attention", field: "scores")),
            ("RAG chunk counts", call("chunks", field: "chunks")),
        ]
        for (topic, covers) in topics {
            #expect(formulas.contains { $0.contains(where: covers) }, "no template covers \(topic)")
        }
    }

    /// Fifty draws of every template: the truth (and the truth as shown after
    /// grading) is right; each mistake's value is wrong and named, the named
    /// mistake being the first whose value matches; each generated option but the
    /// key names the mistake it shows.
    @Test(arguments: load.course?.questions.filter { $0.template != nil }.map(\.id) ?? [])
    func fiftyDrawsGradeTheTruthRightAndNameEveryMistake(id: String) throws {
        let question = try #require(try templates.first { $0.id == id })
        let template = try #require(question.template)
        for number in Self.draws {
            let asked = try TemplateDrawing.draw(question, number: number)
            let variant = try #require(asked.variant)
            #expect(!asked.stem.contains("{") && !asked.explanation.contains("{"), "\(id)#\(number): an unfilled placeholder")
            switch asked.response {
            case .number(let key):
                let truth = try AnswerGrader.grade(.number(variant.truth, typed: "truth"), for: asked)
                #expect(truth.correct && truth.mistake == nil, "\(id)#\(number): the truth \(variant.truth) is not graded right")
                let shown = TemplateDrawing.format(variant.truth, template)
                let typed = try #require(Double(shown), "\(id)#\(number): the shown truth '\(shown)' is not a number")
                #expect(try AnswerGrader.grade(.number(typed, typed: shown), for: asked).correct,
                        "\(id)#\(number): the shown truth \(shown) is not accepted around \(variant.truth)")
                for (index, value) in variant.mistakes.enumerated() {
                    let value = try #require(value, "\(id)#\(number): mistake \(index + 1) has no value")
                    let grade = try AnswerGrader.grade(.number(value, typed: "mistake"), for: asked)
                    #expect(!grade.correct, "\(id)#\(number): mistake \(index + 1) (\(value)) is graded right")
                    let named = try #require(grade.mistake, "\(id)#\(number): mistake \(index + 1) (\(value)) is not named")
                    #expect(named <= index, "\(id)#\(number): mistake \(index + 1) is named as \(named + 1)")
                    let namedValue = try #require(variant.mistakes[named])
                    #expect(key.tolerance.accepts(value, truth: namedValue), "\(id)#\(number): the named mistake's value differs")
                }
            case .choice:
                #expect(asked.options.count == 4, "\(id)#\(number): \(asked.options.count) options")
                #expect(try AnswerGrader.grade(.option(asked.answer), for: asked).correct)
                guard let order = variant.optionMistakes else { continue }
                #expect(asked.options[asked.answer] == TemplateDrawing.format(variant.truth, template))
                for index in asked.options.indices where index != asked.answer {
                    let grade = try AnswerGrader.grade(.option(index), for: asked)
                    let shows = try #require(order[index], "\(id)#\(number): option \(index) shows no mistake")
                    #expect(!grade.correct && grade.mistake == shows, "\(id)#\(number): option \(index) is not named")
                    let value = try #require(variant.mistakes[shows])
                    #expect(asked.options[index] == TemplateDrawing.format(value, template))
                }
            case .choices, .text, .recall:
                Issue.record("\(id): a template answered by \(asked.response.name)")
            }
        }
    }
}
