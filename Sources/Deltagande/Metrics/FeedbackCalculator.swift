import Foundation

/// Feedback figures (SPEC 4, R27, R28).
enum FeedbackCalculator {
    static func figures(rows: [FeedbackRow], attendances: Int?) -> FeedbackFigures {
        figures(rows: [rows], attendances: attendances)
    }

    /// The figures of the rows of several lists, in order, without copying them into one: a
    /// group's sessions hold up to every response of a run.
    static func figures(rows lists: [[FeedbackRow]], attendances: Int?) -> FeedbackFigures {
        let count = lists.reduce(0) { $0 + $1.count }
        var figures = FeedbackFigures()
        figures.responses = count
        figures.responseRate = attendances.flatMap { Ratio.of(count, $0) }
        // One pass, in row order (the mean sums in that order).
        var ratings: [Double] = []
        var recommends: [Int] = []
        var comments = 0
        for rows in lists {
            // Read in place: copying a row out would retain and release its texts, for every
            // response of a run in each group.
            rows.withUnsafeBufferPointer { rows in
                for index in rows.indices {
                    if let rating = rows[index].rating { ratings.append(rating) }
                    if let recommend = rows[index].recommend { recommends.append(recommend) }
                    if rows[index].comment != nil { comments += 1 }
                }
            }
        }
        if !ratings.isEmpty { figures.ratingMean = ratings.reduce(0, +) / Double(ratings.count) }
        for rating in ratings {
            // Half up: 4,5 counts as 5.
            let bucket = min(max(Int((rating + 0.5).rounded(.down)), 1), 5)
            figures.ratingDistribution[bucket - 1] += 1
        }
        figures.comments = comments
        if !recommends.isEmpty {
            let promoters = recommends.filter { $0 >= 9 }.count
            let detractors = recommends.filter { $0 <= 6 }.count
            figures.nps = (Double(promoters) - Double(detractors)) * 100 / Double(recommends.count)
        }
        return figures
    }
}
