extension CountryLexicon {
    static let curatedKorean = """
    """
}
