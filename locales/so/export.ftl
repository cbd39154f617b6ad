## Column headings of the exported list of occasions (XLSX and CSV).

export-sheet-activities = Kulamada
export-column-id = Id
export-column-date = Taariikh
export-column-start = Bilow
export-column-minutes = Daqiiqado
export-column-project = Mashruuc
export-column-area = Aag
export-column-venue = Goob
export-column-venue-type = Nooca goobta
export-column-format = Qaabka
export-column-languages = Luqadaha
export-column-topics = Mawduucyada
export-column-women = Haween
export-column-men = Rag
export-column-girls = Gabdho
export-column-boys = Wiilal
export-column-other = Kale ama lama sheegin
export-column-total = Wadarta
export-column-referrals = U gudbinta
export-column-questions = Su'aalaha, qayb kasta
export-column-new-women = Haween cusub
export-column-new-men = Rag cusub
export-column-new-girls = Gabdho cusub
export-column-new-boys = Wiilal cusub
export-column-note = Qoraal
