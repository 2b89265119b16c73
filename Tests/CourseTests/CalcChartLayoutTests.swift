import Foundation
import Testing
@testable import Course

@Suite struct CalcChartLayoutTests {
    /// Values are written as the chart asks (the same in lessons, `dli-tutor calc` and the app).
    @Test func barsWriteValuesInTheChartsFormat() {
        let chart = CalcChart(title: "Trainable parameters per module", kind: .bars,
                              points: [CalcChart.Point("q_proj", 4_194_304), CalcChart.Point("k_proj", 2_621_440)],
                              valueFormat: .count)
        let lines = CalcChartLayout.lines(chart, width: 60, theme: .unicode).map(\.text)
        #expect(lines.count == 3)
        #expect(lines[1].hasSuffix(" 4,194,304") && lines[2].hasSuffix(" 2,621,440"))
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 60 })
    }

    @Test func tallChartsShowAtMostTheirRowsOfBars() {
        let chart = CalcChart(title: "p", kind: .bars, points: (0..<10).map { CalcChart.Point("t\($0)", Double($0)) })
        let lines = CalcChartLayout.lines(chart, width: 40, theme: .unicode, rows: 4).map(\.text)
        #expect(lines.count == 5 && lines.last == "… 7 more")
    }

    /// An area plot: the range on the left, one column per sample, the first and
    /// last labels under it and the highlighted point named.
    @Test func anAreaPlotSpansItsRows() {
        let chart = CalcChart(title: "ᾱ", kind: .series,
                              points: (1...20).map { CalcChart.Point("t=\($0)", Double(21 - $0), highlighted: $0 == 10) })
        let lines = CalcChartLayout.lines(chart, width: 40, theme: .unicode, rows: 5).map(\.text)
        #expect(lines.count == 6)
        #expect(lines[1].hasPrefix("20 █") && lines[4].hasPrefix(" 0 "))
        #expect(lines[5].hasPrefix("   t=1") && lines[5].hasSuffix("t=20") && lines[5].contains("▲ t=10 = 11"))
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 40 })
    }

    /// Values spanning most of the Double range used to overflow `high − low` and trap.
    @Test func aSeriesOfExtremeValuesLaysOutWithoutTrapping() {
        let huge = Double.greatestFiniteMagnitude
        let chart = CalcChart(title: "extreme", kind: .series,
                              points: [CalcChart.Point("a", -huge), CalcChart.Point("b", huge), CalcChart.Point("c", .infinity),
                                       CalcChart.Point("d", 0, highlighted: true)])
        for rows in [1, 8] {
            let lines = CalcChartLayout.lines(chart, width: 40, theme: .unicode, rows: rows)
            #expect(lines.count > 1 && lines.allSatisfy { $0.width <= 40 })
        }
    }
}
