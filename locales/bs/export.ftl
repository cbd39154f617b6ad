## Column headings of the exported list of occasions (XLSX and CSV).

export-sheet-activities = Susreti
export-column-id = ID
export-column-date = Datum
export-column-start = Početak
export-column-minutes = Minute
export-column-project = Projekat
export-column-area = Područje
export-column-venue = Mjesto
export-column-venue-type = Vrsta mjesta
export-column-format = Oblik
export-column-languages = Jezici
export-column-topics = Teme
export-column-women = Žene
export-column-men = Muškarci
export-column-girls = Djevojčice
export-column-boys = Dječaci
export-column-other = Drugo ili nije navedeno
export-column-total = Ukupno
export-column-referrals = Upućivanja
export-column-questions = Pitanja po kategoriji
export-column-new-women = Nove žene
export-column-new-men = Novi muškarci
export-column-new-girls = Nove djevojčice
export-column-new-boys = Novi dječaci
export-column-note = Bilješka
