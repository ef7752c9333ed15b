extension CountryLexicon {
    static let curatedSpanish = """
    """
}
