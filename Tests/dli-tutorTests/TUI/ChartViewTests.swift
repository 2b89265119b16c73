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
}
