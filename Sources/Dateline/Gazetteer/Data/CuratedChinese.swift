extension CountryLexicon {
    static let curatedChinese = """
    """
}
