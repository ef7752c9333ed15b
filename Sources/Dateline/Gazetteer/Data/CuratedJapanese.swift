extension CountryLexicon {
    static let curatedJapanese = """
    """
}
