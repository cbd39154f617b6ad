## Column headings of the exported list of occasions (XLSX and CSV).

export-sheet-activities = Etkinlikler
export-column-id = Id
export-column-date = Tarih
export-column-start = Başlangıç
export-column-minutes = Dakika
export-column-project = Proje
export-column-area = Bölge
export-column-venue = Yer
export-column-venue-type = Yer türü
export-column-format = Biçim
export-column-languages = Diller
export-column-topics = Konular
export-column-women = Kadınlar
export-column-men = Erkekler
export-column-girls = Kız çocukları
export-column-boys = Erkek çocukları
export-column-other = Diğer veya belirtilmemiş
export-column-total = Toplam
export-column-referrals = Yönlendirmeler
export-column-questions = Kategoriye göre sorular
export-column-new-women = Yeni kadınlar
export-column-new-men = Yeni erkekler
export-column-new-girls = Yeni kız çocukları
export-column-new-boys = Yeni erkek çocukları
export-column-note = Not
