import Foundation
import Course
import Testing
@testable import dli_tutor

@Suite struct ChartViewTests {
    /// Values are written as the chart asks (as the lessons and `dli-tutor calc` write them).
    @Test func barsWriteValuesInTheChartsFormat() {
        let chart = CalcChart(title: "Trainable parameters per module", kind: .bars,
                              points: [CalcChart.Point("q_proj", 4_194_304), CalcChart.Point("k_proj", 2_621_440)],
                              valueFormat: .count)
        var frame = Frame(size: Size(width: 60, height: 4))
        ChartView.draw(chart, into: &frame, in: frame.bounds)
        #expect(frame.rowText(1).hasSuffix(" 4,194,304"))
        #expect(frame.rowText(2).hasSuffix(" 2,621,440"))
    }

    /// Values spanning most of the Double range used to overflow `high − low` and trap.
    @Test func aSeriesOfExtremeValuesDrawsWithoutTrapping() {
        let huge = Double.greatestFiniteMagnitude
        let chart = CalcChart(title: "extreme", kind: .series,
                              points: [CalcChart.Point("a", -huge), CalcChart.Point("b", huge), CalcChart.Point("c", .infinity),
                                       CalcChart.Point("d", 0, highlighted: true)])
        var frame = Frame(size: Size(width: 40, height: 8))
        ChartView.draw(chart, into: &frame, in: frame.bounds)
        #expect((0..<8).contains { !frame.rowText($0).trimmingCharacters(in: .whitespaces).isEmpty })
    }
}
