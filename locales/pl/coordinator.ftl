## The coordinator pages in a browser: logging in and the logged occasions.

coordinator-login-title = Zaloguj się jako koordynator
coordinator-login-name = Nazwa użytkownika
coordinator-password = Hasło
coordinator-login-button = Zaloguj się
coordinator-logout = Wyloguj się
coordinator-activities-title = Zarejestrowane spotkania
coordinator-from = Od
coordinator-to = Do
coordinator-project = Projekt
coordinator-all-projects = Wszystkie moje projekty
coordinator-column-date = Data
coordinator-column-project = Projekt
coordinator-column-area = Obszar
coordinator-column-venue = Miejsce
coordinator-column-people = Liczba osób
coordinator-column-author = Autor wpisu
coordinator-previous = Poprzednia
coordinator-next = Następna
# Variables:
#   $name (String) - the coordinator's name
coordinator-logged-in-as = Zalogowano jako: { $name }
# Variables:
#   $count (Number) - occasions that match the filter
coordinator-total = { $count ->
    [0] Brak spotkań.
    [one] { $count } spotkanie.
    [few] { $count } spotkania.
    [many] { $count } spotkań.
   *[other] { $count } spotkania.
}
coordinator-nav-activities = Spotkania
coordinator-nav-overview = Przegląd
coordinator-overview-title = Przegląd
coordinator-occasions = spotkania
coordinator-hours = godziny
coordinator-people-total = osoby, do których dotarto
coordinator-active-guides = aktywni przewodnicy zdrowotni i pracownicy
coordinator-by-month = Liczba osób według miesięcy
coordinator-by-area = Według obszarów
coordinator-topics = Tematy
coordinator-languages = Języki
coordinator-column-occasions = Spotkania
# Variables:
#   $women, $men, $girls, $boys, $other (Number) - people reached of each gender
coordinator-by-gender = Kobiety { $women }, mężczyźni { $men }, dziewczęta { $girls }, chłopcy { $boys }, inne lub nie podano { $other }.

## Entries in full, corrections and review marks.

coordinator-details = Pokaż
coordinator-field-format = Forma
coordinator-field-minutes = Minuty
coordinator-field-note = Notatka
coordinator-reviewed = Sprawdzone
coordinator-reviewed-any = Wszystkie
coordinator-filter-any = Wszystkie
coordinator-reviewed-waiting = Czekają na sprawdzenie
coordinator-reviewed-done = Sprawdzone
coordinator-yes = Tak
coordinator-no = Nie
coordinator-mark-reviewed = Oznacz jako sprawdzone
coordinator-mark-unreviewed = Usuń oznaczenie „sprawdzone”
coordinator-correct-title = Popraw pole
coordinator-correct-field = Pole
coordinator-correct-value = Nowa wartość
coordinator-correct-button = Popraw
coordinator-corrected = Poprawka została zapisana i trafi na urządzenia przewodnika przy następnej synchronizacji.
coordinator-bad-value = Wartość nie pasuje do pola: liczba musi być całkowita, a datę zapisuje się w formacie YYYY-MM-DD.
coordinator-by-gender-title = Liczba osób według płci i grupy wiekowej
coordinator-venues = Miejsca

## Kept conflicts.

coordinator-nav-conflicts = Konflikty
coordinator-conflicts-title = Konflikty do rozstrzygnięcia
# Variables:
#   $count (Number) - open conflicts
coordinator-conflicts-count = { $count ->
    [0] Żaden konflikt nie czeka.
    [one] { $count } konflikt czeka.
    [few] { $count } konflikty czekają.
    [many] { $count } konfliktów czeka.
   *[other] { $count } konfliktu czeka.
}
coordinator-conflict-field = Pole
coordinator-conflict-kept = Zapisana wartość
coordinator-conflict-lost = Wartość odrzucona
# Variables:
#   $name (String) - the device or coordinator whose value lost
coordinator-conflict-lost-by = źródło: { $name }
coordinator-conflict-keep = Zachowaj zapisaną wartość
coordinator-conflict-take = Przyjmij drugą wartość

## People and devices.

coordinator-nav-people = Osoby i urządzenia
coordinator-people-title = Osoby i urządzenia
coordinator-person-name = Imię i nazwisko
coordinator-person-role = Rola
coordinator-role-guide = Przewodnik zdrowotny
coordinator-role-staff = Pracownik
coordinator-role-coordinator = Koordynator
coordinator-role-admin = Administrator
coordinator-role-viewer = Czytelnik (grupa sterująca, współfinansujący)
coordinator-devices = Urządzenia
# Variables:
#   $version (String) - the app's version, $seen (String) - when the device last synced
coordinator-device-line = Wersja { $version }, ostatnia synchronizacja: { $seen }
coordinator-never = nigdy
coordinator-revoked = Odłączone
coordinator-revoke = Odłącz
coordinator-issue-code = Nowy kod do połączenia urządzenia
# Variables:
#   $name (String) - the person the code is for
coordinator-code-for = Kod jednorazowy dla osoby { $name }:
# Variables:
#   $at (String) - when the code stops working (UTC)
coordinator-code-expires = Ważny do { $at } (UTC).
coordinator-code-qr = Kod QR z adresem serwera i kodem jednorazowym
coordinator-new-person = Dodaj osobę
coordinator-create-person = Dodaj

## Reference lists.

coordinator-nav-reference = Listy
coordinator-reference-title = Listy i projekty
coordinator-list = Lista
coordinator-list-projects = Projekty
coordinator-list-questions = Kategorie pytań
coordinator-list-referrals = Skierowania
coordinator-list-outcomes = Rezultaty
coordinator-list-development-areas = Obszary rozwoju
coordinator-list-partners = Partnerzy
coordinator-code = Kod
coordinator-retired = Wycofane
coordinator-add-item = Dodaj do listy
coordinator-add-target = Dodaj okres
coordinator-project-start = Początek projektu
coordinator-project-end = Koniec projektu (raport końcowy składa się miesiąc później)
coordinator-save-reference = Zapisz listy
coordinator-reference-saved = Listy zostały zapisane i trafią na urządzenia przy następnej synchronizacji.

## Accounts: an administrator disables and enables them and hands out password resets; a
## coordinator changes their own password, or chooses one with a one-time code.

account-column = Konto
account-disabled = Nieaktywne
account-disable = Dezaktywuj konto
# Variables:
#   $name (String) - the person whose account is disabled
account-disable-confirm = Dezaktywować konto osoby { $name }? Wszystkie logowania na to konto zostaną od razu zakończone, a urządzenia tej osoby od razu odłączone; dane na urządzeniach zostaną usunięte przy ich następnej synchronizacji.
account-disable-yes = Tak, dezaktywuj
account-enable = Aktywuj konto
account-cancel = Anuluj
account-reset = Zresetuj hasło
# Variables:
#   $name (String) - the person the code is for
#   $login (String) - the login name they log in with
account-reset-for = Kod jednorazowy dla osoby { $name }, która loguje się jako { $login }:
# Variables:
#   $at (String) - date and time (UTC) the code stops working
account-reset-expires = Kodu można użyć jeden raz, do { $at } (UTC). Przekaż go wyłącznie tej osobie.
password-change = Zmień hasło
password-current = Obecne hasło
password-new = Nowe hasło (co najmniej 12 znaków)
password-repeat = Wpisz nowe hasło ponownie
password-mismatch = Nowe hasła nie są takie same.
password-changed = Hasło zostało zmienione. Wszystkie inne logowania na to konto zostały zakończone.
password-reset-link = Masz kod jednorazowy do ustawienia hasła?
password-reset-title = Ustaw nowe hasło
password-reset-code = Kod jednorazowy
password-reset-done = Hasło zostało ustawione. Zaloguj się nowym hasłem.
session-ended = Wylogowano cię, ponieważ strona nie była używana przez godzinę lub hasło zostało zmienione. Zaloguj się ponownie.
coordinator-code-link = Albo wyślij link, który aplikacja przyjmie po wklejeniu:
coordinator-volunteer-hours = Godziny wolontariatu
coordinator-volunteer-hours-about = Spotkania i godziny, które każda osoba zapisała w okresie lub współprowadziła z osobą, która je zapisała (według własnego czasu); także osoby, które nie mają żadnych.
coordinator-volunteer-hours-none = W tym okresie nikogo nie ma w projekcie.

## Retention (gallring), for administrators.
#   $day (String) - the first day kept, written out
#   $older (Number) - entries older than that
#   $thinned (Number) - entries thinned out
coordinator-nav-retention = Okres przechowywania
retention-title = Okres przechowywania
retention-about = Jak długo przechowywane są spotkania, licząc od dnia, w którym się odbyły. Starsze spotkania są usuwane razem ze wszystkim, co o nich zapisano. Złożone raporty pozostają takie, jakie zostały złożone.
retention-months = Liczba miesięcy przechowywania (puste: bezterminowo)
retention-save = Zapisz
retention-forever = Spotkania są przechowywane bezterminowo.
retention-state = Spotkania są przechowywane od { $day }. { $older ->
    [0] Żadne spotkanie nie jest starsze.
    [one] Jedno spotkanie jest starsze.
    [few] { $older } spotkania są starsze.
    [many] { $older } spotkań jest starszych.
   *[other] { $older } spotkania jest starszych.
}
retention-thin = Usuń teraz
retention-thin-question = { $older ->
    [one] Jedno spotkanie zostanie usunięte
    [few] { $older } spotkania zostaną usunięte
    [many] { $older } spotkań zostanie usuniętych
   *[other] { $older } spotkania zostanie usuniętych
} na zawsze wraz z wersjami i konfliktami. Tego nie da się cofnąć. Usunąć?
retention-thin-yes = Tak, usuń
retention-thin-no = Anuluj
retention-thinned = { $thinned ->
    [0] Żadne spotkanie nie wymagało usunięcia.
    [one] Usunięto jedno spotkanie.
    [few] Usunięto { $thinned } spotkania.
    [many] Usunięto { $thinned } spotkań.
   *[other] Usunięto { $thinned } spotkania.
}
