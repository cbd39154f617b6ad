## Column headings of the exported list of occasions (XLSX and CSV).

export-sheet-activities = Çalakî
export-column-id = Id
export-column-date = Dîrok
export-column-start = Destpêk
export-column-minutes = Deqe
export-column-project = Proje
export-column-area = Herêm
export-column-venue = Cih
export-column-venue-type = Cureyê cih
export-column-format = Şêwe
export-column-languages = Ziman
export-column-topics = Mijar
export-column-women = Jin
export-column-men = Mêr
export-column-girls = Keç
export-column-boys = Kur
export-column-other = Yên din an nediyar
export-column-total = Tevahî
export-column-referrals = Rêkirin
export-column-questions = Pirs li gorî kategoriyê
export-column-new-women = Jinên nû
export-column-new-men = Mêrên nû
export-column-new-girls = Keçên nû
export-column-new-boys = Kurên nû
export-column-note = Têbînî
