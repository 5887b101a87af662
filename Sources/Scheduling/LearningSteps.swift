import Foundation
import PearlsCore

/// The step machine shared by learning and relearning, in both FSRS and SM-2 (py-fsrs and Anki agree):
/// Again goes back to the first step, Hard repeats the step (the first one waits between steps 1 and 2),
/// Good moves on or graduates after the last, Easy graduates at once.
enum LearningSteps {
    enum Outcome: Equatable {
        /// Stay in steps: wait this long on this step.
        case wait(step: Int, seconds: TimeInterval)
        /// Leave the steps for review.
        case graduate
    }

    static func advance(_ steps: [TimeInterval], from step: Int, rating: Rating) -> Outcome {
        // No steps, or a step past the end (the learner shortened the list): a pass graduates.
        if steps.isEmpty || (step >= steps.count && rating.isPass) { return .graduate }
        switch rating {
        case .again:
            return .wait(step: 0, seconds: steps[0])
        case .hard:
            guard step == 0 else { return .wait(step: step, seconds: steps[min(step, steps.count - 1)]) }
            return .wait(step: 0, seconds: steps.count == 1 ? steps[0] * 1.5 : (steps[0] + steps[1]) / 2)
        case .good:
            return step + 1 >= steps.count ? .graduate : .wait(step: step + 1, seconds: steps[step + 1])
        case .easy:
            return .graduate
        }
    }
}
