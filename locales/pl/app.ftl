## The frame around every page: name, navigation, shared actions and errors.

app-name = { -brand-name }
nav-label = Menu główne
nav-log = Rejestruj
nav-my-log = Mój dziennik
nav-coordinator = Koordynacja
nav-language = Język
action-dismiss = Zamknij
action-undo = Cofnij

error-invalid = Coś w formularzu trzeba poprawić, zanim będzie można go zapisać.
error-invalid-profile = Profil nie jest kompletny.
error-not-found = Ten wpis już nie istnieje.
error-not-a-draft = Zapisany wpis nie może z powrotem stać się wersją roboczą.
error-newer-schema = Baza danych na urządzeniu pochodzi z nowszej wersji aplikacji. Zaktualizuj aplikację.
error-storage = Pamięć urządzenia w tej chwili nie działa. Nic nowego nie zostało zapisane; spróbuj ponownie.
error-locked = Nie można otworzyć danych na urządzeniu: ich klucz zniknął lub nie pasuje. Nic nie zostało usunięte. Skontaktuj się ze swoim koordynatorem.
error-internal = W aplikacji coś poszło nie tak. Spróbuj ponownie.
error-unauthorized = Urządzenie nie jest połączone z gminą albo połączenie straciło ważność.
error-revoked = Koordynator odłączył to urządzenie. Dane na urządzeniu są usuwane.
error-update-required = Aplikacja jest zbyt stara dla serwera gminy. Zaktualizuj aplikację.
error-bad-request = Serwer nie mógł odczytać żądania.
error-too-large = Wysłane dane są zbyt duże dla serwera.
error-sequence-gap = W wysyłce brakowało niektórych zmian; zostaną wysłane ponownie.
error-invalid-code = Kod jest nieznany, został już użyty albo jest zbyt stary. Poproś koordynatora o nowy.
error-code-used-elsewhere = Ten kod został już użyty do połączenia innego urządzenia. Poproś koordynatora o nowy kod.
error-invalid-server = Adres serwera musi zaczynać się od https://. Zapytaj swojego koordynatora o właściwy adres.
error-unsent-entries = Spotkania poprzedniego użytkownika nie dotarły jeszcze do serwera.
error-unavailable = Serwer nie mógł teraz tego wykonać. Nic nie zostało zmienione; spróbuj ponownie.
error-offline = Nie udało się połączyć z serwerem. Oczekujące dane zostaną wysłane, gdy będzie dostęp do sieci.
error-wrong-login = Nieprawidłowa nazwa użytkownika lub hasło.
error-too-many-attempts = Zbyt wiele nieudanych prób logowania. Odczekaj kwadrans i spróbuj ponownie.
error-forbidden = Twoja rola lub Twoje projekty nie dają dostępu do tych danych.
error-account-disabled = Konto zostało dezaktywowane. Skontaktuj się z administratorem.
error-weak-password = Hasło musi mieć co najmniej 12 znaków.
error-handed-in = Raport został złożony i już się nie zmienia.

stepper-decrease = Zmniejsz
stepper-increase = Zwiększ
count-not-a-number = Wpisz liczbę całkowitą, na przykład 3.
# Variables:
#   $max (Number) - the largest count accepted for one group
count-too-large = Więcej niż { $max } to nierealna liczba jak na jedno spotkanie.
