extension LanguageTemplates {
    static let german = LanguageTemplates(
        code: "de",
        quoteStyles: [QuoteStyle("„", "“"), QuoteStyle("»", "«")],
        verbs: [
            SpeechVerb("say", "sagte", link: ","), SpeechVerb("say", "erklärte", link: ","),
            SpeechVerb("say", "betonte", link: ","), SpeechVerb("warn", "warnte", link: ","),
            SpeechVerb("deny", "bestritt", link: nil), SpeechVerb("accuse", "beschuldigte", link: nil),
            SpeechVerb("ask", "forderte", link: nil), SpeechVerb("threaten", "drohte", link: nil),
        ],
        reportedPatterns: ["{S} {V} am {D}{L} {C}.", "{S} {V}{L} {C}."],
        directPatterns: ["{O}{Q}{X}, {V} {S}.", "{S} {V}: {O}{Q}.{X}", "{O}{Q}{X}, {V} {S} am {D}."],
        officeTitles: [
            .foreign: "der {DEM} Außenminister {N}", .defence: "der {DEM} Verteidigungsminister {N}",
            .trade: "der {DEM} Handelsminister {N}", .energy: "der {DEM} Energieminister {N}",
            .environment: "der {DEM} Umweltminister {N}",
        ],
        spokesperson: "ein Sprecher des {DEMF} Außenministeriums",
        days: ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
        months: ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                 "September", "Oktober", "November", "Dezember"],
        publishedLine: "Veröffentlicht am {d}. {m} {y}",
        dateline: "{CAP} ({AG}) - ",
        agencies: ["dpa", "AFP", "Reuters"],
        titles: ["{A} und {B} verschärfen den Ton", "Neue Spannungen: {A} gegen {B}", "{A} ruft {B} zum Dialog auf"],
        narration: ["{A} und {B} streiten seit Monaten über mehrere Fragen.",
                    "Vertreter beider Regierungen kamen vergangene Woche in {CAP} zusammen.",
                    "Ein weiteres Treffen ist noch vor dem Sommer geplant."],
        boilerplate: ["Teilen", "Anzeige", "Mehr zum Thema"],
        clauses: clauses("""
        cyber|{A} stecke hinter den Angriffen auf die Netze der Regierung
        cyber|{A} müsse aufhören, Hacker zu unterstützen, die Ministerien angreifen
        nuclear|{A} solle ohne Vorbedingungen zu den Atomverhandlungen zurückkehren
        nuclear|auf jeden Atomtest durch {A} werde es eine entschlossene Antwort geben
        military|der Truppenaufmarsch gegen {A} gefährde die Stabilität der ganzen Region
        military|{A} werde im nächsten Monat an einem gemeinsamen Marinemanöver teilnehmen
        sanctions|die neuen Sanktionen gegen {A} blieben in Kraft, bis sich der Kurs ändere
        sanctions,nuclear|die Sanktionen gegen {A} wegen des Atomprogramms müssten bestehen bleiben
        diplomacy|{A} sei zu neuen Gesprächen noch vor Monatsende bereit
        diplomacy|der Minister werde {A} in den kommenden Wochen besuchen
        trade|die Zölle, die {A} verhängt habe, verstießen gegen die Regeln des Welthandels
        trade|ein neues Handelsabkommen könne noch in diesem Jahr {A} einbeziehen
        energy|{A} werde den ganzen Winter über weiter Gas liefern
        energy|die Ölförderquote, die {A} zugesagt habe, reiche aus, um die Märkte zu beruhigen
        climate|{A} müsse den CO2-Ausstoß schneller senken als versprochen
        climate|der Klimafonds, den {A} unterstütze, brauche viel mehr Geld
        """)
    )
}
