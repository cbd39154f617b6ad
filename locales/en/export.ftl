## Column headings of the exported list of occasions (XLSX and CSV).

export-sheet-activities = Occasions
export-column-id = Id
export-column-date = Date
export-column-start = Start
export-column-minutes = Minutes
export-column-project = Project
export-column-area = Area
export-column-venue = Venue
export-column-venue-type = Type of venue
export-column-format = Format
export-column-languages = Languages
export-column-topics = Topics
export-column-women = Women
export-column-men = Men
export-column-girls = Girls
export-column-boys = Boys
export-column-other = Other or not stated
export-column-total = Total
export-column-referrals = Referrals
export-column-questions = Questions by category
export-column-new-women = New women
export-column-new-men = New men
export-column-new-girls = New girls
export-column-new-boys = New boys
export-column-note = Note
