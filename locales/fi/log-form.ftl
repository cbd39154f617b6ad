## The log form: one outreach occasion.

log-title-new = Uusi tilaisuus
log-title-edit = Muokkaa tilaisuutta
log-title-draft = Luonnos
log-project = Projekti
log-choose = Valitse…
log-date = Päivämäärä
log-start-time = Alkamisaika
log-duration = Kesto
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
log-area = Alue
log-venue = Paikka
log-venue-type = Paikan tyyppi
log-format = Muoto
log-languages = Käytetyt kielet
log-topics = Aiheet
log-people = Tavoitettujen määrä
log-people-women = Naiset
log-people-men = Miehet
log-people-girls = Tytöt
log-people-boys = Pojat
log-people-other = Muu / ei ilmoitettu
# Variables:
#   $total (Number) - everyone reached
log-people-total = Yhteensä { $total } { $total ->
    [one] henkilö
   *[other] henkilöä
}
log-new-people = Joista uusia projektissa
log-new-people-hint = Ne, jotka olivat mukana tässä projektissa ensimmäistä kertaa. Laske vain määrä, älä kirjoita nimiä.
# Variables:
#   $total (Number) - referrals made in all
log-referrals = Ohjaukset eteenpäin ({ $total })
# Variables:
#   $total (Number) - questions asked in all
log-questions = Kysymykset luokittain ({ $total })
# Variables:
#   $total (Number) - the project's outcomes counted in all (people matched to work, CVs written...)
log-outcomes = Tulokset ({ $total })
log-partners = Yhteistyökumppanit
log-co-hosts = Tilaisuuden muut vetäjät
log-note = Muistiinpano
log-note-hint = Kirjoita, mitä tehtiin, älä koskaan sitä, kuka oli paikalla: ei nimiä, henkilötunnuksia, puhelinnumeroita eikä sähköpostiosoitteita.
log-problems-title = Ennen kuin tilaisuuden voi tallentaa:
log-problem-missing-project = Valitse projekti.
log-problem-missing-date = Anna päivämäärä.
log-problem-missing-start-time = Anna alkamisaika.
log-problem-missing-duration = Valitse kesto.
log-problem-missing-area = Valitse alue.
log-problem-missing-venue = Valitse paikka.
log-problem-missing-venue-type = Valitse paikan tyyppi.
log-problem-missing-format = Valitse muoto.
log-problem-missing-languages = Valitse vähintään yksi käytetty kieli.
# Variables:
#   $max (Number) - the largest count accepted
log-problem-count = Jokin määrä ei ole kokonaisluku väliltä 0–{ $max }. Korjaa merkitty kenttä.
log-problem-missing-other = Yksi kenttä puuttuu.
# Variables:
#   $item (String) - the label of a list item that is no longer offered
log-problem-unknown = { $item } ei ole enää luettelossa. Valitse uudelleen.
# Variables:
#   $item (String) - the label of a topic
log-problem-not-in-project = Aihe { $item } ei kuulu projektiin.
log-problem-section-not-used = Projekti ei käytä tätä lomakkeen osaa.
log-problem-bad-co-host = Joku tilaisuuden muista vetäjistä ei ole enää mukana projektissa. Poista hänet ja tallenna uudelleen.
# Variables:
#   $item (String) - the label of a referral target or question category
log-problem-bad-line = { $item } on annettu kahdesti tai määränä on nolla.
# Variables:
#   $min (Number) - shortest duration in minutes
#   $max (Number) - longest duration in minutes
log-problem-duration = Keston on oltava { $min }–{ $max } minuuttia.
log-problem-new-people = Uusiksi on merkitty enemmän ihmisiä kuin tavoitettiin. Uudet lasketaan tavoitettujen joukkoon.
log-problem-date-future = Päivämäärä on vielä tulevaisuudessa. Valitse tämän päivän päivämäärä tai jokin aiempi.
# Variables:
#   $start (String) - the day the project started, written out in the user's language
log-problem-date-before-project = Projekti alkoi { $start }. Valitse se päivä tai jokin myöhempi päivämäärä.
# Variables:
#   $end (String) - the day the project ended, written out in the user's language
log-problem-date-after-project = Projekti päättyi { $end }. Valitse se päivä tai jokin aiempi päivämäärä.
log-problem-date-not-kept = Kunta säilyttää tilaisuudet vain { $start } alkaen (arkistoinnin karsinta). Vanhempaa tilaisuutta ei oteta vastaan.
# Variables:
#   $max (Number) - the most characters a note may have
log-problem-note-too-long = Muistiinpanossa saa olla enintään { $max } merkkiä.
log-nobody-question = Tässä tilaisuudessa ei tavoitettu ketään. Haluatko silti tallentaa sen?
log-nobody-save = Kyllä, tallenna
log-nobody-back = Ei, palaa takaisin
log-unsaved-changes = Tilaisuuden muutokset ovat kesken. Viimeistele ja tallenna ne tai kumoa ne.
log-discard = Kumoa muutokset
log-save = Tallenna
log-saved = Tallennettu. Tiedot lähetetään, kun laitteella on yhteys.
log-again-title = Kirjaa samoin kuin aiemmin
