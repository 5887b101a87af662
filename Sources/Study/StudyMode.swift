/// What a session is for.
public enum StudyMode: String, Sendable, CaseIterable {
    /// Spaced-repetition review: due cards and new cards within the daily limits; answers move the schedule.
    case review
    /// NCLEX-style practice: choice items drawn at random, scored at the end; the schedule is not touched.
    case exam
    /// Patient teach-back: key points and teach-back questions of a topic, marked understood or needing review.
    case teach
    /// Every card of a topic now, whatever the schedule; answers do not move the schedule unless asked.
    case cram

    /// The journal's name for answers given in this mode.
    var journalMode: String { rawValue }
}
