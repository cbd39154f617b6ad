## Column headings of the exported list of occasions (XLSX and CSV).

export-sheet-activities = Tillfällen
export-column-id = Id
export-column-date = Datum
export-column-start = Start
export-column-minutes = Minuter
export-column-project = Projekt
export-column-area = Område
export-column-venue = Plats
export-column-venue-type = Typ av plats
export-column-format = Form
export-column-languages = Språk
export-column-topics = Ämnen
export-column-women = Kvinnor
export-column-men = Män
export-column-girls = Flickor
export-column-boys = Pojkar
export-column-other = Annat eller ej angivet
export-column-total = Totalt
export-column-referrals = Hänvisningar
export-column-questions = Frågor per kategori
export-column-new-women = Nya kvinnor
export-column-new-men = Nya män
export-column-new-girls = Nya flickor
export-column-new-boys = Nya pojkar
export-column-note = Anteckning
