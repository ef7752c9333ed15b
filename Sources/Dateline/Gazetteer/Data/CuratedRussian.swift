extension CountryLexicon {
    static let curatedRussian = """
    """
}
