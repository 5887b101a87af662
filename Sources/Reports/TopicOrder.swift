/// The order topics are listed in, for a learner and for a class: weakest first (lowest mean recall,
/// ties by name), then topics nobody has studied yet, in the order they were first met.
func isWeaker(_ left: (recall: Double?, topic: String, order: Int), than right: (recall: Double?, topic: String, order: Int)) -> Bool {
    switch (left.recall, right.recall) {
    case let (l?, r?): l != r ? l < r : left.topic < right.topic
    case (.some, nil): true
    case (nil, .some): false
    case (nil, nil): left.order < right.order
    }
}
