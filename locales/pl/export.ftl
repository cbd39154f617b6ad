## Column headings of the exported list of occasions (XLSX and CSV).

export-sheet-activities = Spotkania
export-column-id = Id
export-column-date = Data
export-column-start = Początek
export-column-minutes = Minuty
export-column-project = Projekt
export-column-area = Obszar
export-column-venue = Miejsce
export-column-venue-type = Rodzaj miejsca
export-column-format = Forma
export-column-languages = Języki
export-column-topics = Tematy
export-column-women = Kobiety
export-column-men = Mężczyźni
export-column-girls = Dziewczęta
export-column-boys = Chłopcy
export-column-other = Inne lub nie podano
export-column-total = Razem
export-column-referrals = Skierowania
export-column-questions = Pytania według kategorii
export-column-new-women = Nowe kobiety
export-column-new-men = Nowi mężczyźni
export-column-new-girls = Nowe dziewczęta
export-column-new-boys = Nowi chłopcy
export-column-note = Notatka
