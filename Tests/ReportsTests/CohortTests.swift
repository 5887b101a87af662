import Foundation
import PearlsCore
import Progress
import Testing

@testable import Reports

@Suite struct CohortTests {
    @Test func readsProfileFoldersAndJournalFilesAndNamesWhatItCannotRead() throws {
        let folder = NSTemporaryDirectory() + "pearls-cohort-\(UUID().uuidString)"
        let store = try ProgressStore.open(try Profile(learner: "ana", root: folder), now: StatsFixture.now,
                                           deviceZone: StatsFixture.zone)
        try store.record(StatsFixture.events, now: StatsFixture.now)
        try FileManager.default.copyItem(atPath: store.profile.journalPath, toPath: folder + "/ben.jsonl")
        try Data("{\"pearls\":\"journal\",\"schema\":1,\"learner\":\"cy\"}\nnot json\n".utf8)
            .write(to: URL(fileURLWithPath: folder + "/cy.jsonl"))
        try Data("notes".utf8).write(to: URL(fileURLWithPath: folder + "/README.txt"))

        let cohort = try Cohort.load(folder: folder, now: StatsFixture.now, deviceZone: StatsFixture.zone)
        #expect(cohort.members.map(\.name) == ["ana", "ben"])
        #expect(cohort.members[0].state.history == cohort.members[1].state.history)
        #expect(cohort.members[0].state.history.days.count == 6)
        #expect(cohort.problems == ["\(folder)/cy.jsonl:2:1: not a journal event: expected '{'"]
                || cohort.problems.count == 1 && cohort.problems[0].hasPrefix("\(folder)/cy.jsonl:2:"))
    }
}
