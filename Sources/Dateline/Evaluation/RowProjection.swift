/// The columns and field values of each source's rows.
enum RowProjection {
    static let articleColumns = ["id", "language", "title", "date", "source", "dateline", "countries", "people", "topics"]
    static let statementColumns = ["article", "speaker", "speaker_name", "country", "kind", "act", "text", "start", "end", "about", "topics"]
    static let mentionColumns = ["article", "type", "surface", "value", "start", "end", "via"]

    static func value(_ field: String, of article: Article) -> Value {
        switch field {
        case "id": return .string(article.id)
        case "path": return .string(article.path)
        case "language": return .string(article.language)
        case "title": return article.title.map(Value.string) ?? .null
        case "date": return article.date.map(Value.string) ?? .null
        case "source": return article.source.map(Value.string) ?? .null
        case "dateline": return article.dateline.map(Value.string) ?? .null
        case "countries": return .list(article.countries)
        case "people": return .list(article.people)
        case "topics": return .list(article.topics)
        case "text": return .string(article.text)
        default: return .null
        }
    }

    static func value(_ field: String, of statement: Statement) -> Value {
        switch field {
        case "article": return .string(statement.article)
        case "speaker": return .string(statement.speaker)
        case "speaker_name": return .string(statement.speakerName)
        case "country": return statement.country.map(Value.string) ?? .null
        case "kind": return .string(statement.kind.rawValue)
        case "act": return .string(statement.act)
        case "text": return .string(statement.text)
        case "start": return .int(statement.start)
        case "end": return .int(statement.end)
        case "about": return .list(statement.about)
        case "topics": return .list(statement.topics)
        default: return .null
        }
    }

    static func value(_ field: String, of mention: Mention) -> Value {
        switch field {
        case "article": return .string(mention.article)
        case "type": return .string(mention.type.rawValue)
        case "surface": return .string(mention.surface)
        case "value": return .string(mention.value)
        case "start": return .int(mention.start)
        case "end": return .int(mention.end)
        case "via": return .string(mention.via)
        default: return .null
        }
    }
}
