extension CountryLexicon {
    static let curatedGerman = """
    """
}
