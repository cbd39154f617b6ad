## The log form: one outreach occasion.

log-title-new = Nytt tillfälle
log-title-edit = Ändra tillfälle
log-title-draft = Utkast
log-project = Projekt
log-choose = Välj…
log-date = Datum
log-start-time = Starttid
log-duration = Längd
# Variables:
#   $minutes (Number) - minutes, under an hour
log-duration-minutes = { $minutes } min
# Variables:
#   $hours (Number) - whole hours
log-duration-hours = { $hours } h
# Variables:
#   $hours (Number) - whole hours
#   $minutes (Number) - minutes beyond the hours
log-duration-hours-minutes = { $hours } h { $minutes } min
log-area = Område
log-venue = Plats
log-venue-type = Typ av plats
log-format = Form
log-languages = Språk som användes
log-topics = Ämnen
log-people = Antal som nåddes
log-people-women = Kvinnor
log-people-men = Män
log-people-girls = Flickor
log-people-boys = Pojkar
log-people-other = Annat / ej angivet
# Variables:
#   $total (Number) - everyone reached
log-people-total = Totalt { $total } { $total ->
    [one] person
   *[other] personer
}
log-new-people = Varav nya i projektet
log-new-people-hint = De som var med för första gången i det här projektet. Räkna bara, skriv inga namn.
# Variables:
#   $total (Number) - referrals made in all
log-referrals = Hänvisningar ({ $total })
# Variables:
#   $total (Number) - questions asked in all
log-questions = Frågor per kategori ({ $total })
# Variables:
#   $total (Number) - the project's outcomes counted in all (people matched to work, CVs written...)
log-outcomes = Resultat ({ $total })
log-partners = Samverkanspartner
log-co-hosts = Tillsammans med
log-note = Anteckning
log-note-hint = Skriv vad som gjordes, aldrig vem: inga namn, personnummer, telefonnummer eller e-postadresser.
log-problems-title = Innan tillfället kan sparas:
log-problem-missing-project = Välj projekt.
log-problem-missing-date = Ange datum.
log-problem-missing-start-time = Ange starttid.
log-problem-missing-duration = Välj längd.
log-problem-missing-area = Välj område.
log-problem-missing-venue = Välj plats.
log-problem-missing-venue-type = Välj typ av plats.
log-problem-missing-format = Välj form.
log-problem-missing-languages = Välj minst ett språk som användes.
# Variables:
#   $max (Number) - the largest count accepted
log-problem-count = Ett antal är inte ett heltal mellan 0 och { $max }. Rätta det markerade fältet.
log-problem-missing-other = Ett fält saknas.
# Variables:
#   $item (String) - the label of a list item that is no longer offered
log-problem-unknown = { $item } finns inte längre i listan. Välj igen.
# Variables:
#   $item (String) - the label of a topic
log-problem-not-in-project = Ämnet { $item } hör inte till projektet.
log-problem-section-not-used = Projektet använder inte den här delen av formuläret.
log-problem-bad-co-host = Någon du höll i tillfället tillsammans med hör inte till projektet längre. Ta bort hen och spara igen.
# Variables:
#   $item (String) - the label of a referral target or question category
log-problem-bad-line = { $item } är angivet två gånger eller med antalet noll.
# Variables:
#   $min (Number) - shortest duration in minutes
#   $max (Number) - longest duration in minutes
log-problem-duration = Längden ska vara mellan { $min } och { $max } minuter.
log-problem-new-people = Fler är nya än som nåddes. De nya räknas bland dem som nåddes.
log-problem-date-future = Datumet har inte kommit än. Välj dagens datum eller ett tidigare.
# Variables:
#   $start (String) - the day the project started, written out in the user's language
log-problem-date-before-project = Projektet började { $start }. Välj ett datum från och med den dagen.
# Variables:
#   $end (String) - the day the project ended, written out in the user's language
log-problem-date-after-project = Projektet slutade { $end }. Välj ett datum till och med den dagen.
log-problem-date-not-kept = Kommunen sparar bara tillfällen från och med { $start } (gallring). Ett äldre tillfälle tas inte emot.
# Variables:
#   $max (Number) - the most characters a note may have
log-problem-note-too-long = Anteckningen får vara högst { $max } tecken.
log-nobody-question = Ingen nåddes vid det här tillfället. Vill du spara det ändå?
log-nobody-save = Ja, spara
log-nobody-back = Nej, gå tillbaka
log-unsaved-changes = Ändringarna av tillfället är inte klara. Slutför dem och spara, eller ångra dem.
log-discard = Ångra ändringarna
log-save = Spara
log-saved = Sparat. Det skickas när enheten är ansluten.
log-again-title = Logga samma som förut
