## The funder's reports: on the coordinator pages and as headings in their XLSX and CSV exports.

report-nav = Raportit
report-kind-half-year = Väliraportti
report-kind-final = Loppuraportti
report-kind-annual = Vuosikooste
report-kind = Raportti
report-year = Vuosi
report-half = Vuosipuolisko
report-half-first = tammi–kesäkuu
report-half-second = heinä–joulukuu
report-show = Näytä raportti
report-summary = Yhteenveto
report-period = Ajanjakso
# Variables:
#   $from (String) - the first day, $to (String) - the last day
report-period-days = { $from } – { $to }
report-due = Jätettävä viimeistään
report-project = Projekti
report-status = Tila
report-status-ongoing = Käynnissä
report-status-finished = Päättynyt
report-group = Ryhmä
report-table = Taulukko
report-reached = Tavoitetut
report-expected = Odotettu hakemuksen mukaan
report-new = Uudet projektissa
report-new-note = Tavoitetut lasketaan kohtaamisina: sama henkilö kymmenessä tilaisuudessa lasketaan kymmenen kertaa. Uudet projektissa ovat ne, jotka olivat mukana ensimmäistä kertaa, ja juuri heitä verrataan odotettuihin määriin.
# Variables:
#   $count (Number) - occasions logged without saying who was new to the project
report-new-unknown = { $count ->
    [one] { $count } tilaisuus kirjattiin kertomatta, montako projektissa uusia oli mukana.
   *[other] { $count } tilaisuutta kirjattiin kertomatta, montako projektissa uusia oli mukana.
}
report-share = Uudet osuutena odotetusta
report-women = Naiset
report-men = Miehet
report-girls = Tytöt
report-boys = Pojat
report-other = Muu tai ei ilmoitettu
report-total = Yhteensä
report-occasions = Tilaisuudet
report-hours = Tunnit
report-by-area = Tavoitetut alueittain
report-by-topic = Tavoitetut aiheittain
report-by-venue-type = Tavoitetut paikan tyypin mukaan
report-by-language = Tavoitetut kielittäin
report-referrals = Ohjaukset eteenpäin palveluittain
report-questions = Kysymykset luokittain
report-count = Määrä
report-text-done = Mitä toimintaa on toteutettu
report-text-analysis = Analyysi tavoitteiden saavuttamisesta
report-text-afterwards = Miten kokemuksia hyödynnetään
report-outcomes = Tulokset
report-target = Tavoite
report-target-share = Osuus tavoitteesta
report-partners = Yhteistyökumppanit
report-development-areas = Kehittämisalueet
report-text-areas = Teksti kehittämisalueittain
report-text-projects = Teksti projekteittain
report-save-texts = Tallenna tekstit
report-texts-saved = Tekstit on tallennettu.
report-threshold = Piilota arvot, jotka ovat alle
# Variables:
#   $threshold (Number) - counts from 1 to below this are hidden
report-suppressed-note = Arvoja, jotka ovat vähintään 1 mutta alle { $threshold }, ei näytetä, jotta ketään ei voi tunnistaa.
report-suppressed-more = Myös muutama muu arvo piilotetaan, jotta mitään piilotettua arvoa ei voi laskea näytetyistä summista.
report-suppressed = piilotettu
report-export-xlsx = Lataa Excel-tiedostona (XLSX)
report-export-csv = Lataa CSV-tiedostona
report-print = Tulosta
report-no-projects = Yksikään projekteistasi ei ollut käynnissä tällä ajanjaksolla.
report-personal-data = Tekstissä näyttää olevan henkilötietoja (henkilötunnus, puhelinnumero tai sähköpostiosoite). Poista ne ennen kuin tallennat.
report-hand-in = Jätä raportti
report-hand-in-question = Jätetäänkö raportti sellaisena kuin se nyt on? Sen luvut ja tekstit lukitaan, ja myöhemmin tehdyt korjaukset näytetään eroina.
report-hand-in-yes = Kyllä, jätä
report-hand-in-no = Peruuta
# Variables:
#   $date (String) - the day it was handed in
#   $name (String) - who handed it in
report-handed-in = Jätetty { $date }, jättäjä { $name }. Raportti näytetään sellaisena kuin se jätettiin.
report-changes = Muuttunut jättämisen jälkeen
report-no-changes = Mikään ei ole muuttunut jättämisen jälkeen.
report-change-figure = Tieto
report-change-then = Jätettäessä
report-change-now = Nyt
# Variables:
#   $figure (String) - a group of people, such as women
report-change-new = { $figure }, uudet projektissa
report-calendar = Raporttikalenteri
report-calendar-report = Raportti
report-calendar-due = Jätettävä viimeistään
report-calendar-standing = Tila
report-calendar-open = Avaa
report-calendar-empty = Projekteillasi ei ole jätettäviä raportteja.
# Variables:
#   $year (String) - the year
#   $half (Number) - 1 or 2
report-calendar-half = Väliraportti { $year }, vuosipuolisko { $half }
# Variables:
#   $date (String) - the day it was handed in
report-standing-handed-in = Jätetty { $date }
report-standing-running = Ajanjakso käynnissä
report-standing-due = Jätettävä
report-standing-overdue = Myöhässä
