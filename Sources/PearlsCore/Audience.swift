/// Who a deck is written for: nursing-exam learners, patients, or both.
public enum Audience: String, CaseIterable, Sendable, Codable {
    /// Exam items for nursing students (NCLEX style).
    case exam
    /// Plain-language items for patient education.
    case patient
    /// A deck with both kinds; each card's tags say which it is.
    case mixed
}
