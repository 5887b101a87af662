/// Furniture that only the blocks around it give away: teasers for other pages, lists of a leaflet's details, and
/// the headings over them.
extension Boilerplate {
    /// The whole text of a link that leads to another page ("Read more", "Find out more").
    static let onwardLinks: Set<String> = ["read more", "learn more", "find out more", "continue reading", "more", "read the story",
                                           "see more", "view more", "read full story"]

    /// "Whooping cough resurgence prompts… / With the resurgence of… / Read more": a block followed by a lone link
    /// to another page is a teaser for that page, and so are its headline and the picture's description above it.
    static func dropTeasers(_ blocks: inout [ArticleBlock]) {
        for link in blocks.indices where onwardLinks.contains(blocks[link].text.lowercased().trimming(" .…>»›")) {
            blocks[link].boilerplate = "a link to another page"
            guard let blurb = blocks[..<link].lastIndex(where: { $0.boilerplate != ArticleStructure.caption }),
                  blocks[blurb].kind == .paragraph, blocks[blurb].wordCount <= 60 else { continue }
            blocks[blurb].boilerplate = "a teaser for another page"
            var above = blurb - 1
            if above >= 0, blocks[above].kind == .heading, blocks[above].wordCount <= 14 {
                blocks[above].boilerplate = "a teaser's headline"
                above -= 1
            }
            // The picture's alternative text, left as a line of its own: short, no closing stop, no verb of a sentence.
            if above >= 0, blocks[above].kind != .item, blocks[above].wordCount <= 12, let last = blocks[above].text.last,
               !".!?:".contains(last), !blocks[above].text.containsBytes(":") {
                blocks[above].boilerplate = "a teaser's picture"
            }
        }
    }

    /// "• Reference Number: HEY-869/2017 • Departments: Paediatrics • Last Updated: 1 April 2018": a list whose
    /// items are mostly furniture, or labels with short values beside furniture, is the leaflet's details.
    static func dropFurnitureLists(_ blocks: inout [ArticleBlock]) {
        var lists: [Int: [Int]] = [:]
        for index in blocks.indices where blocks[index].kind == .item {
            if let list = blocks[index].list { lists[list, default: []].append(index) }
        }
        for (_, items) in lists {
            let furniture = items.count { !blocks[$0].isContent }
            // Most items furniture, or one among labels with short values ("Ward: Fracture clinic").
            let labelled = items.allSatisfy { !blocks[$0].isContent || blocks[$0].label != nil }
            guard furniture * 2 > items.count || furniture >= 1 && labelled,
                  items.allSatisfy({ !blocks[$0].isContent || blocks[$0].wordCount <= 4 }) else { continue }
            for item in items where blocks[item].isContent { blocks[item].boilerplate = "in a list of the page's details" }
        }
    }

    /// "Patient Experience" over the leaflet's details: a heading whose first block is a list of furniture names
    /// the site's section, not the page's.
    static func dropHeadingsOverFurniture(_ blocks: inout [ArticleBlock]) {
        for index in blocks.indices.dropLast() where blocks[index].kind == .heading && blocks[index].isContent {
            let next = blocks[index + 1]
            guard next.kind == .item, !next.isContent, let list = next.list else { continue }
            if blocks.allSatisfy({ $0.list != list || !$0.isContent && $0.boilerplate != repeatedInPage }) {
                blocks[index].boilerplate = "heads the page's details"
            }
        }
    }

    /// "Hull Royal Infirmary, Anlaby Road, Hull HU3 2JZ": a short line with no full stop that names a street and
    /// a post code ("HU3") or a house number ("14 Mill Road").
    static func isPostalAddress(_ text: String, words: [String]) -> Bool {
        guard words.count <= 14, !text.hasSuffix("."), let street = words.firstIndex(where: { streetWords.contains($0) }) else {
            return false
        }
        let postCode = words.contains { word in
            word.count <= 4 && word.contains(where: \.isNumber) && word.contains(where: \.isLetter)
        }
        let houseNumber = words[max(0, street - 3)..<street].contains { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
        return postCode || houseNumber
    }

    private static let streetWords: Set<String> = ["road", "street", "avenue", "lane", "drive", "boulevard", "crescent", "rd",
                                                   "st", "ave", "blvd", "parkway", "highway"]
}
