## The funder's reports: on the coordinator pages and as headings in their XLSX and CSV exports.

report-nav = Izvještaji
report-kind-half-year = Polugodišnji izvještaj
report-kind-final = Završni izvještaj
report-kind-annual = Godišnji pregled
report-kind = Izvještaj
report-year = Godina
report-half = Polugodište
report-half-first = januar–juni
report-half-second = juli–decembar
report-show = Prikaži izvještaj
report-summary = Sažetak
report-period = Period
# Variables:
#   $from (String) - the first day, $to (String) - the last day
report-period-days = { $from } – { $to }
report-due = Rok za predaju
report-project = Projekat
report-status = Stanje
report-status-ongoing = U toku
report-status-finished = Završen
report-group = Grupa
report-table = Tabela
report-reached = Obuhvaćeno
report-expected = Očekivano prema prijavi
report-new = Novi u projektu
report-new-note = „Obuhvaćeno” broji kontakte: ista osoba na deset susreta računa se deset puta. Novi u projektu su oni koji su došli prvi put, i upravo se s njima poredi očekivani broj.
# Variables:
#   $count (Number) - occasions logged without saying who was new to the project
report-new-unknown = { $count ->
    [one] { $count } susret je zabilježen bez navođenja koliko je bilo novih u projektu.
    [few] { $count } susreta su zabilježena bez navođenja koliko je bilo novih u projektu.
   *[other] { $count } susreta je zabilježeno bez navođenja koliko je bilo novih u projektu.
}
report-share = Novi kao udio od očekivanog
report-women = Žene
report-men = Muškarci
report-girls = Djevojčice
report-boys = Dječaci
report-other = Drugo ili nije navedeno
report-total = Ukupno
report-occasions = Susreti
report-hours = Sati
report-by-area = Obuhvaćeno po području
report-by-topic = Obuhvaćeno po temi
report-by-venue-type = Obuhvaćeno po vrsti mjesta
report-by-language = Obuhvaćeno po jeziku
report-referrals = Upućivanja po službi
report-questions = Pitanja po kategoriji
report-count = Broj
report-text-done = Koje su aktivnosti provedene
report-text-analysis = Analiza ostvarenja ciljeva
report-text-afterwards = Kako će se iskustva iskoristiti
report-outcomes = Rezultati
report-target = Cilj
report-target-share = Udio od cilja
report-partners = Partneri
report-development-areas = Razvojna područja
report-text-areas = Tekst po razvojnom području
report-text-projects = Tekst po projektu
report-save-texts = Sačuvaj tekstove
report-texts-saved = Tekstovi su sačuvani.
report-threshold = Sakrij vrijednosti manje od
# Variables:
#   $threshold (Number) - counts from 1 to below this are hidden
report-suppressed-note = Vrijednosti od 1 do manje od { $threshold } se ne prikazuju, kako niko ne bi mogao biti prepoznat.
report-suppressed-more = Još nekoliko vrijednosti se također skriva, kako nijedna skrivena vrijednost ne bi mogla biti izračunata iz prikazanih zbirova.
report-suppressed = skriveno
report-export-xlsx = Preuzmi kao Excel (XLSX)
report-export-csv = Preuzmi kao CSV
report-print = Štampaj
report-no-projects = Nijedan od Vaših projekata nije bio u toku u ovom periodu.
report-personal-data = Čini se da tekst sadrži lične podatke (lični broj, broj telefona ili e-mail). Uklonite ih prije nego što sačuvate.
report-hand-in = Predaj izvještaj
report-hand-in-question = Predati izvještaj onakav kakav je sada? Njegove brojke i tekstovi se zaključavaju, a ispravke napravljene kasnije prikazuju se kao razlike.
report-hand-in-yes = Da, predaj
report-hand-in-no = Otkaži
# Variables:
#   $date (String) - the day it was handed in
#   $name (String) - who handed it in
report-handed-in = Predan { $date } (predao/la { $name }). Izvještaj se prikazuje onakav kakav je predan.
report-changes = Promijenjeno od predaje
report-no-changes = Ništa nije promijenjeno od predaje.
report-change-figure = Podatak
report-change-then = Pri predaji
report-change-now = Sada
# Variables:
#   $figure (String) - a group of people, such as women
report-change-new = { $figure }, nove osobe u projektu
report-calendar = Kalendar izvještaja
report-calendar-report = Izvještaj
report-calendar-due = Rok za predaju
report-calendar-standing = Stanje
report-calendar-open = Otvori
report-calendar-empty = Vaši projekti nemaju izvještaja za predaju.
# Variables:
#   $year (String) - the year
#   $half (Number) - 1 or 2
report-calendar-half = Polugodišnji izvještaj { $year }, polugodište { $half }
# Variables:
#   $date (String) - the day it was handed in
report-standing-handed-in = Predan { $date }
report-standing-running = Period je u toku
report-standing-due = Treba predati
report-standing-overdue = Kasni
