extension LanguageTemplates {
    static let indonesian = LanguageTemplates(
        code: "id",
        quoteStyles: [QuoteStyle("\"", "\""), QuoteStyle("“", "”")],
        verbs: [
            SpeechVerb("say", "mengatakan", link: "bahwa"), SpeechVerb("say", "menyatakan", link: "bahwa"),
            SpeechVerb("say", "menegaskan", link: "bahwa"), SpeechVerb("warn", "memperingatkan", link: "bahwa"),
            SpeechVerb("deny", "membantah", link: "bahwa"), SpeechVerb("accuse", "menuduh", link: nil),
            SpeechVerb("ask", "meminta", link: nil), SpeechVerb("propose", "mengusulkan", link: nil),
            SpeechVerb("threaten", "mengancam", link: nil),
        ],
        reportedPatterns: ["{S} pada hari {D} {V} {L} {C}.", "{S} {V} {L} {C}."],
        directPatterns: ["{O}{Q},{X} kata {S}.", "{O}{Q},{X} ujar {S} pada hari {D}.", "{S} {V}, {O}{Q}.{X}"],
        officeTitles: [
            .foreign: "Menteri Luar Negeri {C} {N}", .defence: "Menteri Pertahanan {C} {N}",
            .trade: "Menteri Perdagangan {C} {N}", .energy: "Menteri Energi {C} {N}",
            .environment: "Menteri Lingkungan Hidup {C} {N}",
        ],
        spokesperson: "juru bicara Kementerian Luar Negeri {C}",
        days: ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"],
        months: ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                 "September", "Oktober", "November", "Desember"],
        publishedLine: "Diterbitkan {d} {m} {y}",
        dateline: "{CAP} ({AG}) - ",
        agencies: ["ANTARA"],
        titles: ["{A} dan {B} saling kecam", "Ketegangan antara {A} dan {B} meningkat", "{A} desak {B} kembali berunding"],
        narration: ["Hubungan antara {A} dan {B} memanas dalam beberapa bulan terakhir.",
                    "Pejabat kedua pemerintah bertemu pekan lalu di {CAP}.",
                    "Pertemuan berikutnya dijadwalkan sebelum pertengahan tahun."],
        boilerplate: ["Baca juga:", "Tautan-tautan Akses", "A+ A-"],
        clauses: clauses("""
        cyber|serangan terhadap jaringan pemerintah dilancarkan dari {A}
        cyber|{A} harus berhenti mendukung peretas yang menyerang kementerian
        nuclear|{A} harus kembali ke perundingan nuklir tanpa syarat
        nuclear|setiap uji coba nuklir oleh {A} akan dibalas dengan tegas
        military|penumpukan pasukan di perbatasan dengan {A} mengancam seluruh kawasan
        military|latihan angkatan laut bersama dengan {A} akan digelar bulan depan
        sanctions|sanksi baru terhadap {A} tetap berlaku sampai kebijakannya berubah
        sanctions,nuclear|sanksi atas program nuklir {A} harus dipertahankan
        diplomacy|dialog dengan {A} harus dilanjutkan sebelum akhir bulan
        diplomacy|kunjungan resmi ke {A} dijadwalkan dalam beberapa pekan mendatang
        trade|tarif yang diberlakukan {A} melanggar aturan perdagangan dunia
        trade|perjanjian dagang baru dengan {A} bisa ditandatangani tahun ini
        energy|{A} akan terus memasok gas sepanjang musim dingin
        energy|produksi minyak yang disepakati dengan {A} cukup untuk menenangkan pasar
        climate|{A} harus memangkas emisi karbon lebih cepat dari yang dijanjikan
        climate|dana iklim yang didukung {A} membutuhkan jauh lebih banyak uang
        """)
    )
}
