/// Common English function words: prose is full of them, page furniture is not (jusText's main signal).
enum Stopwords {
    static let english: Set<String> = [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
        "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could",
        "did", "do", "does", "doing", "down", "during", "each", "either", "even", "few", "for", "from", "further",
        "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "however", "i", "if",
        "in", "into", "is", "it", "its", "itself", "just", "may", "might", "more", "most", "much", "must", "my",
        "no", "nor", "not", "now", "of", "off", "often", "on", "once", "only", "or", "other", "our", "out", "over",
        "own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "them", "then",
        "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "usually",
        "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will",
        "with", "within", "without", "would", "you", "your", "yours",
    ]
}
