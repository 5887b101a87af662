/// Why a scheduler could not be set up or a history could not be replayed.
public enum SchedulingError: Error, Equatable, Sendable, CustomStringConvertible {
    case wrongParameterCount(Int)
    case parameterOutOfRange(index: Int, value: Double, range: ClosedRange<Double>)
    case retentionOutOfRange(Double)
    case invalidSteps(String)

    public var description: String {
        switch self {
        case .wrongParameterCount(let count):
            "FSRS-6 takes 21 parameters, not \(count)"
        case .parameterOutOfRange(let index, let value, let range):
            "parameter w\(index) = \(value) is outside its range \(range.lowerBound)…\(range.upperBound)"
        case .retentionOutOfRange(let value):
            "desired retention \(value) is outside 0.70…0.99"
        case .invalidSteps(let reason):
            "invalid learning steps: \(reason)"
        }
    }
}
