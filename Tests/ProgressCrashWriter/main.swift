// A helper for ProgressTests/CrashTests: appends reviews to a profile as fast as it can, and after each
// answer is acknowledged (record returned, so the line is fsync'd) prints its id. The test kills it with
// SIGKILL at a random moment and checks that every printed id survived.
import Foundation
import PearlsCore
import Progress

let arguments = CommandLine.arguments
guard arguments.count == 3, let seed = UInt64(arguments[2]) else {
    FileHandle.standardError.write(Data("usage: progress-crash-writer PROFILE_ROOT SEED\n".utf8))
    exit(64)
}
let zone = TimeZone(identifier: "UTC") ?? .current
var generator = SplitMix64(seed: seed)
var ids = EventIDs(using: &generator, after: nil)
do {
    let profile = try Profile(learner: "crash", root: arguments[1])
    var now = Date(timeIntervalSince1970: 1_795_000_000 + Double(seed) * 600)
    let store = try ProgressStore.open(profile, now: now, deviceZone: zone, holder: "crash writer")
    var count = 0
    while true {
        now.addTimeInterval(7)
        let time = Timestamp(now, timeZone: zone)
        let event = JournalEvent.review(
            id: ids.next(at: time), time: time, card: CardID("card-\(Int.random(in: 0..<50, using: &generator))"),
            deck: "crash", rating: Rating.allCases.randomElement(using: &generator) ?? .good, answer: "answer",
            responseMilliseconds: 1200, mode: .review, counts: true)
        try store.record(event, now: now)
        FileHandle.standardOutput.write(Data((event.id + "\n").utf8))
        count += 1
        if count % 25 == 0 { try store.saveSnapshot(now: now) }
    }
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}
