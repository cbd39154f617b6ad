## Column headings of the exported list of occasions (XLSX and CSV).

export-sheet-activities = Tilaisuudet
export-column-id = Tunnus
export-column-date = Päivämäärä
export-column-start = Alkamisaika
export-column-minutes = Minuutit
export-column-project = Projekti
export-column-area = Alue
export-column-venue = Paikka
export-column-venue-type = Paikan tyyppi
export-column-format = Muoto
export-column-languages = Kielet
export-column-topics = Aiheet
export-column-women = Naiset
export-column-men = Miehet
export-column-girls = Tytöt
export-column-boys = Pojat
export-column-other = Muu tai ei ilmoitettu
export-column-total = Yhteensä
export-column-referrals = Ohjaukset eteenpäin
export-column-questions = Kysymykset luokittain
export-column-new-women = Uudet naiset
export-column-new-men = Uudet miehet
export-column-new-girls = Uudet tytöt
export-column-new-boys = Uudet pojat
export-column-note = Muistiinpano
