extension LanguageTemplates {
    static let english = LanguageTemplates(
        code: "en",
        quoteStyles: [QuoteStyle("“", "”"), QuoteStyle("\"", "\"")],
        verbs: [
            SpeechVerb("say", "said", link: "that"), SpeechVerb("say", "stressed", link: "that"),
            SpeechVerb("say", "told reporters", link: "that"), SpeechVerb("warn", "warned", link: "that"),
            SpeechVerb("deny", "denied", link: "that"), SpeechVerb("accuse", "charged", link: "that"),
            SpeechVerb("ask", "urged", link: nil), SpeechVerb("propose", "proposed", link: "that"),
            SpeechVerb("threaten", "threatened", link: nil),
        ],
        reportedPatterns: ["{S} {V} on {D} {L} {C}.", "{S} {V} {L} {C}."],
        directPatterns: ["{O}{Q},{X} {S} {V}.", "{S} {V}: {O}{Q}.{X}", "{O}{Q},{X} {V} {S} on {D}."],
        officeTitles: [
            .foreign: "{DEM} Foreign Minister {N}", .defence: "{DEM} Defence Minister {N}",
            .trade: "{DEM} Trade Minister {N}", .energy: "{DEM} Energy Minister {N}",
            .environment: "{DEM} Environment Minister {N}",
        ],
        spokesperson: "a spokesperson for the {DEM} Foreign Ministry",
        days: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        months: ["January", "February", "March", "April", "May", "June", "July", "August",
                 "September", "October", "November", "December"],
        publishedLine: "Published {m} {d}, {y}",
        dateline: "{CAP}, {m} {d} ({AG}) -- ",
        agencies: ["Reuters", "AFP", "AP", "Xinhua"],
        titles: ["{A} and {B} trade sharp words as tensions rise", "{A} says it will not bow to pressure from {B}",
                 "Tensions between {A} and {B} deepen after a tense week"],
        narration: ["Relations between {A} and {B} have been strained for months.",
                    "Officials of the two governments met last week in {CAP}.",
                    "Another meeting is expected before the summer."],
        boilerplate: ["Share this article", "Read more:", "Advertisement"],
        clauses: clauses("""
        cyber|the attacks on government networks were launched from {A}
        cyber|{A} must stop sponsoring hackers who target foreign ministries
        nuclear|{A} should come back to the nuclear negotiations without preconditions
        nuclear|any nuclear test by {A} would meet a firm response
        military|the troop build-up on the border with {A} threatens the whole region
        military|joint naval drills with {A} will go ahead next month
        sanctions|the new sanctions against {A} will stay in place until its policy changes
        sanctions,nuclear|the sanctions over the nuclear programme of {A} must remain
        diplomacy|the peace talks with {A} must resume before the end of the month
        diplomacy|an official visit to {A} is planned for the coming weeks
        trade|the tariffs imposed by {A} break the rules of world trade
        trade|a new trade agreement with {A} could be signed this year
        energy|{A} will keep delivering gas throughout the winter
        energy|the oil output agreed with {A} is enough to calm the markets
        climate|{A} must cut its carbon emissions faster than it promised
        climate|the climate fund backed by {A} needs far more money
        """)
    )
}
