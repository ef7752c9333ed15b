extension LanguageTemplates {
    static let french = LanguageTemplates(
        code: "fr",
        quoteStyles: [QuoteStyle("« ", " »"), QuoteStyle("“", "”")],
        verbs: [
            SpeechVerb("say", "a déclaré", link: "que"), SpeechVerb("say", "a affirmé", link: "que"),
            SpeechVerb("say", "a souligné", link: "que"), SpeechVerb("warn", "a averti", link: "que"),
            SpeechVerb("deny", "a démenti", link: nil), SpeechVerb("accuse", "a accusé", link: nil),
            SpeechVerb("ask", "a demandé", link: nil), SpeechVerb("propose", "a proposé", link: nil),
            SpeechVerb("threaten", "a menacé", link: nil),
        ],
        reportedPatterns: ["{S} {V} {D} {L} {C}.", "{S} {V} {L} {C}."],
        directPatterns: ["{O}{Q}{X}, {V} {S}.", "{S} {V} : {O}{Q}{X}.", "{O}{Q}{X}, {V} {D} {S}."],
        officeTitles: [
            .foreign: "le ministre {DEM} des Affaires étrangères {N}", .defence: "le ministre {DEM} de la Défense {N}",
            .trade: "le ministre {DEM} du Commerce {N}", .energy: "le ministre {DEM} de l'Énergie {N}",
            .environment: "le ministre {DEM} de l'Environnement {N}",
        ],
        spokesperson: "un porte-parole du ministère {DEM} des Affaires étrangères",
        days: ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
        months: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                 "septembre", "octobre", "novembre", "décembre"],
        publishedLine: "Publié le {d} {m} {y}",
        dateline: "{CAP}, {d} {m} ({AG}) - ",
        agencies: ["AFP", "Reuters", "AP"],
        titles: ["{A} et {B} haussent le ton", "Nouvelles tensions entre {A} et {B}", "{A} appelle {B} au dialogue"],
        narration: ["Les relations entre {A} et {B} sont tendues depuis plusieurs mois.",
                    "Des représentants des deux gouvernements se sont réunis la semaine dernière à {CAP}.",
                    "Une nouvelle rencontre est attendue avant l'été."],
        boilerplate: ["Partager :", "Publicité", "A+ A-"],
        clauses: clauses("""
        cyber|les attaques contre les réseaux du gouvernement ont été lancées depuis {A}
        cyber|{A} doit cesser de soutenir les pirates informatiques qui visent nos ministères
        nuclear|{A} doit revenir à la table des négociations nucléaires sans conditions
        nuclear|tout essai nucléaire mené par {A} appellerait une réponse ferme
        military|le renforcement des troupes à la frontière avec {A} menace toute la région
        military|les manœuvres navales conjointes avec {A} auront lieu le mois prochain
        sanctions|les nouvelles sanctions contre {A} resteront en vigueur tant que rien ne change
        sanctions,nuclear|les sanctions liées au programme nucléaire visant {A} doivent être maintenues
        diplomacy|le dialogue avec {A} doit reprendre avant la fin du mois
        diplomacy|une visite officielle avec {A} est prévue dans les prochaines semaines
        trade|les droits de douane imposés par {A} violent les règles du commerce mondial
        trade|un nouvel accord commercial avec {A} pourrait être signé cette année
        energy|{A} continuera de livrer du gaz pendant tout l'hiver
        energy|la production de pétrole convenue avec {A} suffira à calmer les marchés
        climate|{A} doit réduire ses émissions de carbone plus vite que promis
        climate|le fonds pour le climat que soutient {A} a besoin de beaucoup plus d'argent
        """)
    )
}
