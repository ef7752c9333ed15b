extension LanguageTemplates {
    static let spanish = LanguageTemplates(
        code: "es",
        quoteStyles: [QuoteStyle("«", "»"), QuoteStyle("“", "”")],
        verbs: [
            SpeechVerb("say", "dijo", link: "que"), SpeechVerb("say", "afirmó", link: "que"),
            SpeechVerb("say", "aseguró", link: "que"), SpeechVerb("warn", "advirtió", link: "que"),
            SpeechVerb("deny", "negó", link: nil), SpeechVerb("accuse", "acusó", link: nil),
            SpeechVerb("ask", "pidió", link: nil), SpeechVerb("propose", "propuso", link: nil),
            SpeechVerb("threaten", "amenazó", link: nil),
        ],
        reportedPatterns: ["{S} {V} este {D} {L} {C}.", "{S} {V} {L} {C}."],
        directPatterns: ["{O}{Q}{X}, {V} {S}.", "{S} {V}: {O}{Q}.{X}", "{O}{Q}{X}, {V} este {D} {S}."],
        officeTitles: [
            .foreign: "el canciller {DEM} {N}", .defence: "el ministro {DEM} de Defensa {N}",
            .trade: "el ministro {DEM} de Comercio {N}", .energy: "el ministro {DEM} de Energía {N}",
            .environment: "el ministro {DEM} de Medio Ambiente {N}",
        ],
        spokesperson: "un portavoz del Ministerio de Asuntos Exteriores {DEM}",
        days: ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
        months: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                 "septiembre", "octubre", "noviembre", "diciembre"],
        publishedLine: "Publicado el {d} de {m} de {y}",
        dateline: "{CAP}, {d} {m} ({AG}).- ",
        agencies: ["EFE", "AFP", "Europa Press"],
        titles: ["{A} y {B} elevan el tono", "Nuevas tensiones entre {A} y {B}", "{A} llama a {B} al diálogo"],
        narration: ["Las relaciones entre {A} y {B} atraviesan meses de tensión.",
                    "Representantes de ambos gobiernos se reunieron la semana pasada en {CAP}.",
                    "Se espera una nueva reunión antes del verano."],
        boilerplate: ["Compartir", "Publicidad", "Lea también:"],
        clauses: clauses("""
        cyber|los ataques contra las redes del Gobierno se lanzaron desde {A}
        cyber|{A} debe dejar de apoyar a los piratas informáticos que atacan a los ministerios
        nuclear|{A} debe volver a las negociaciones nucleares sin condiciones
        nuclear|cualquier ensayo nuclear de {A} tendrá una respuesta firme
        military|la concentración de tropas en la frontera con {A} amenaza a toda la región
        military|las maniobras navales conjuntas con {A} se celebrarán el mes próximo
        sanctions|las nuevas sanciones contra {A} seguirán vigentes hasta que cambie su política
        sanctions,nuclear|las sanciones por el programa nuclear de {A} deben mantenerse
        diplomacy|el diálogo con {A} debe reanudarse antes de fin de mes
        diplomacy|una visita oficial a {A} está prevista para las próximas semanas
        trade|los aranceles impuestos por {A} violan las normas del comercio mundial
        trade|un nuevo acuerdo comercial con {A} podría firmarse este año
        energy|{A} seguirá suministrando gas durante todo el invierno
        energy|la producción de petróleo pactada con {A} basta para calmar los mercados
        climate|{A} debe recortar sus emisiones de carbono más rápido de lo prometido
        climate|el fondo climático que respalda {A} necesita mucho más dinero
        """)
    )
}
