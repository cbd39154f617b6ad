## My log: the user's own entries.

my-log-title = Mój dziennik
# Variables:
#   $occasions (Number) - occasions logged this week
#   $people (Number) - people reached this week
my-log-week = W tym tygodniu: { $occasions } { $occasions ->
    [one] spotkanie
    [few] spotkania
    [many] spotkań
   *[other] spotkania
}, dotarto do { $people } { $people ->
    [one] osoby
    [few] osób
    [many] osób
   *[other] osoby
}
# Variables:
#   $occasions (Number) - occasions logged this month
#   $people (Number) - people reached this month
my-log-month = W tym miesiącu: { $occasions } { $occasions ->
    [one] spotkanie
    [few] spotkania
    [many] spotkań
   *[other] spotkania
}, dotarto do { $people } { $people ->
    [one] osoby
    [few] osób
    [many] osób
   *[other] osoby
}
my-log-new = Zarejestruj nowe spotkanie
my-log-drafts = Wersje robocze do dokończenia
my-log-draft-untitled = Wersja robocza bez miejsca
my-log-empty = Nie zarejestrowano jeszcze żadnych spotkań.
my-log-not-sent = Jeszcze nie wysłano
# Variables:
#   $count (Number) - people reached at the occasion
my-log-people = { $count } { $count ->
    [one] osoba
    [few] osoby
    [many] osób
   *[other] osoby
}
my-log-sent = Odebrane przez gminę
my-log-refused = Odrzucone przez gminę – otwórz i zapisz ponownie
# Variables:
#   $name (String) - the colleague who logged an occasion the user co-hosted
my-log-hosted-by = Autor wpisu: { $name }
my-log-delete = Usuń
my-log-delete-question = Usunąć to spotkanie?
my-log-delete-yes = Usuń
my-log-delete-no = Zachowaj
my-log-deleted = Spotkanie zostało usunięte.
my-log-settings = Ustawienia
my-log-more = Pokaż więcej
my-log-key-in-file = Klucz do bazy danych urządzenia jest przechowywany w pliku, ponieważ na urządzeniu nie działa żadna baza kluczy, która mogłaby go przyjąć.
