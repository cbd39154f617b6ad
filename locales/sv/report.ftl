## The funder's reports: on the coordinator pages and as headings in their XLSX and CSV exports.

report-nav = Rapporter
report-kind-half-year = Delrapport
report-kind-final = Slutrapport
report-kind-annual = Årlig sammanställning
report-kind = Rapport
report-year = År
report-half = Halvår
report-half-first = januari–juni
report-half-second = juli–december
report-show = Visa rapporten
report-summary = Sammanfattning
report-period = Period
# Variables:
#   $from (String) - the first day, $to (String) - the last day
report-period-days = { $from } – { $to }
report-due = Ska lämnas in senast
report-project = Projekt
report-status = Läge
report-status-ongoing = Pågår
report-status-finished = Avslutat
report-group = Grupp
report-table = Tabell
report-reached = Nådda
report-expected = Förväntat enligt ansökan
report-new = Nya i projektet
report-new-note = Nådda räknar kontakter: samma person vid tio tillfällen räknas tio gånger. Nya i projektet är de som var med för första gången, och det är dem det förväntade antalet jämförs med.
# Variables:
#   $count (Number) - occasions logged without saying who was new to the project
report-new-unknown = { $count ->
    [one] { $count } tillfälle loggades utan att säga hur många som var nya i projektet.
   *[other] { $count } tillfällen loggades utan att säga hur många som var nya i projektet.
}
report-share = Nya som andel av förväntat
report-women = Kvinnor
report-men = Män
report-girls = Flickor
report-boys = Pojkar
report-other = Annat eller ej angivet
report-total = Totalt
report-occasions = Tillfällen
report-hours = Timmar
report-by-area = Nådda per område
report-by-topic = Nådda per ämne
report-by-venue-type = Nådda per typ av plats
report-by-language = Nådda per språk
report-referrals = Hänvisningar per mottagare
report-questions = Frågor per kategori
report-count = Antal
report-text-done = Vilka aktiviteter som genomförts
report-text-analysis = Analys av måluppfyllelsen
report-text-afterwards = Hur erfarenheterna tas till vara
report-outcomes = Resultat
report-target = Mål
report-target-share = Andel av målet
report-partners = Samverkanspartner
report-development-areas = Målområden
report-text-areas = Text per målområde
report-text-projects = Text per projekt
report-save-texts = Spara texterna
report-texts-saved = Texterna är sparade.
report-threshold = Dölj värden under
# Variables:
#   $threshold (Number) - counts from 1 to below this are hidden
report-suppressed-note = Värden från 1 till under { $threshold } visas inte, för att ingen ska kunna pekas ut.
report-suppressed-more = Några fler värden döljs också, så att inget dolt värde kan räknas fram ur summorna som visas.
report-suppressed = dolt
report-export-xlsx = Hämta som Excel (XLSX)
report-export-csv = Hämta som CSV
report-print = Skriv ut
report-no-projects = Inget av dina projekt pågick under perioden.
report-personal-data = Texten verkar innehålla personuppgifter (personnummer, telefonnummer eller e-post). Ta bort dem innan du sparar.
report-hand-in = Lämna in rapporten
report-hand-in-question = Lämna in rapporten som den ser ut nu? Siffrorna och texterna låses, och rättelser som görs senare visas som skillnader.
report-hand-in-yes = Ja, lämna in
report-hand-in-no = Avbryt
# Variables:
#   $date (String) - the day it was handed in
#   $name (String) - who handed it in
report-handed-in = Inlämnad { $date } av { $name }. Rapporten visas som den lämnades in.
report-changes = Ändrat sedan inlämningen
report-no-changes = Inget har ändrats sedan inlämningen.
report-change-figure = Uppgift
report-change-then = Vid inlämningen
report-change-now = Nu
# Variables:
#   $figure (String) - a group of people, such as women
report-change-new = { $figure }, nya i projektet
report-calendar = Rapportkalender
report-calendar-report = Rapport
report-calendar-due = Ska lämnas senast
report-calendar-standing = Läge
report-calendar-open = Öppna
report-calendar-empty = Dina projekt har inga rapporter att lämna.
# Variables:
#   $year (String) - the year
#   $half (Number) - 1 or 2
report-calendar-half = Delrapport { $year }, halvår { $half }
# Variables:
#   $date (String) - the day it was handed in
report-standing-handed-in = Inlämnad { $date }
report-standing-running = Perioden pågår
report-standing-due = Ska lämnas
report-standing-overdue = Försenad
