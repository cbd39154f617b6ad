## The funder's reports: on the coordinator pages and as headings in their XLSX and CSV exports.

report-nav = Raporty
report-kind-half-year = Raport okresowy
report-kind-final = Raport końcowy
report-kind-annual = Zestawienie roczne
report-kind = Raport
report-year = Rok
report-half = Półrocze
report-half-first = styczeń–czerwiec
report-half-second = lipiec–grudzień
report-show = Pokaż raport
report-summary = Podsumowanie
report-period = Okres
# Variables:
#   $from (String) - the first day, $to (String) - the last day
report-period-days = { $from } – { $to }
report-due = Termin złożenia
report-project = Projekt
report-status = Stan
report-status-ongoing = W toku
report-status-finished = Zakończony
report-group = Grupa
report-table = Tabela
report-reached = Osiągnięto
report-expected = Zakładano we wniosku
report-new = Nowi w projekcie
report-new-note = „Osiągnięto” liczy kontakty: ta sama osoba na dziesięciu spotkaniach liczy się dziesięć razy. Nowi w projekcie to osoby, które przyszły po raz pierwszy, i to z nimi porównuje się liczby założone we wniosku.
# Variables:
#   $count (Number) - occasions logged without saying who was new to the project
report-new-unknown = { $count ->
    [one] { $count } spotkanie zarejestrowano bez podania, ile osób było nowych w projekcie.
    [few] { $count } spotkania zarejestrowano bez podania, ile osób było nowych w projekcie.
    [many] { $count } spotkań zarejestrowano bez podania, ile osób było nowych w projekcie.
   *[other] { $count } spotkania zarejestrowano bez podania, ile osób było nowych w projekcie.
}
report-share = Nowi jako odsetek założonej liczby
report-women = Kobiety
report-men = Mężczyźni
report-girls = Dziewczęta
report-boys = Chłopcy
report-other = Inne lub nie podano
report-total = Razem
report-occasions = Spotkania
report-hours = Godziny
report-by-area = Liczba osób według obszaru
report-by-topic = Liczba osób według tematu
report-by-venue-type = Liczba osób według rodzaju miejsca
report-by-language = Liczba osób według języka
report-referrals = Skierowania według instytucji
report-questions = Pytania według kategorii
report-count = Liczba
report-text-done = Jakie działania zostały zrealizowane
report-text-analysis = Analiza realizacji celów
report-text-afterwards = Jak zostaną wykorzystane zdobyte doświadczenia
report-outcomes = Rezultaty
report-target = Cel
report-target-share = Stopień realizacji celu
report-partners = Partnerzy
report-development-areas = Obszary rozwoju
report-text-areas = Tekst dla każdego obszaru rozwoju
report-text-projects = Tekst dla każdego projektu
report-save-texts = Zapisz teksty
report-texts-saved = Teksty zostały zapisane.
report-threshold = Ukryj wartości poniżej
# Variables:
#   $threshold (Number) - counts from 1 to below this are hidden
report-suppressed-note = Wartości od 1 do poniżej { $threshold } nie są pokazywane, aby nikogo nie można było zidentyfikować.
report-suppressed-more = Ukrywanych jest też kilka dodatkowych wartości, aby żadnej ukrytej wartości nie można było wyliczyć z pokazanych sum.
report-suppressed = ukryte
report-export-xlsx = Pobierz jako Excel (XLSX)
report-export-csv = Pobierz jako CSV
report-print = Drukuj
report-no-projects = Żaden z Twoich projektów nie był realizowany w tym okresie.
report-personal-data = Tekst wydaje się zawierać dane osobowe (personnummer, numer telefonu lub adres e-mail). Usuń je przed zapisaniem.
report-hand-in = Złóż raport
report-hand-in-question = Złożyć raport w obecnej postaci? Jego liczby i teksty zostaną zablokowane, a późniejsze poprawki będą pokazywane jako różnice.
report-hand-in-yes = Tak, złóż
report-hand-in-no = Anuluj
# Variables:
#   $date (String) - the day it was handed in
#   $name (String) - who handed it in
report-handed-in = Złożono { $date }, osoba składająca: { $name }. Raport jest pokazany w postaci, w jakiej został złożony.
report-changes = Zmiany od złożenia
report-no-changes = Od złożenia nic się nie zmieniło.
report-change-figure = Pozycja
report-change-then = W chwili złożenia
report-change-now = Teraz
# Variables:
#   $figure (String) - a group of people, such as women
report-change-new = { $figure }, nowe osoby w projekcie
report-calendar = Kalendarz raportów
report-calendar-report = Raport
report-calendar-due = Termin złożenia
report-calendar-standing = Stan
report-calendar-open = Otwórz
report-calendar-empty = Twoje projekty nie mają raportów do złożenia.
# Variables:
#   $year (String) - the year
#   $half (Number) - 1 or 2
report-calendar-half = Raport okresowy { $year }, półrocze { $half }
# Variables:
#   $date (String) - the day it was handed in
report-standing-handed-in = Złożono { $date }
report-standing-running = Okres trwa
report-standing-due = Do złożenia
report-standing-overdue = Po terminie
