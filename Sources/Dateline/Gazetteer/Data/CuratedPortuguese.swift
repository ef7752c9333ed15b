extension CountryLexicon {
    static let curatedPortuguese = """
    """
}
