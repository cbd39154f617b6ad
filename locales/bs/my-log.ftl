## My log: the user's own entries.

my-log-title = Moj dnevnik
# Variables:
#   $occasions (Number) - occasions logged this week
#   $people (Number) - people reached this week
my-log-week = Ove sedmice: { $occasions } { $occasions ->
    [one] susret
    [few] susreta
   *[other] susreta
}, { $people ->
    [one] obuhvaćena { $people } osoba
    [few] obuhvaćene { $people } osobe
   *[other] obuhvaćeno { $people } osoba
}
# Variables:
#   $occasions (Number) - occasions logged this month
#   $people (Number) - people reached this month
my-log-month = Ovog mjeseca: { $occasions } { $occasions ->
    [one] susret
    [few] susreta
   *[other] susreta
}, { $people ->
    [one] obuhvaćena { $people } osoba
    [few] obuhvaćene { $people } osobe
   *[other] obuhvaćeno { $people } osoba
}
my-log-new = Zabilježi novi susret
my-log-drafts = Nacrti koje treba dovršiti
my-log-draft-untitled = Nacrt bez mjesta
my-log-empty = Još nema zabilježenih susreta.
my-log-not-sent = Još nije poslano
# Variables:
#   $count (Number) - people reached at the occasion
my-log-people = { $count } { $count ->
    [one] osoba
    [few] osobe
   *[other] osoba
}
my-log-sent = Općina je primila
my-log-refused = Općina je odbila – otvorite i ponovo sačuvajte
# Variables:
#   $name (String) - the colleague who logged an occasion the user co-hosted
my-log-hosted-by = Autor unosa: { $name }
my-log-delete = Obriši
my-log-delete-question = Obrisati ovaj susret?
my-log-delete-yes = Obriši
my-log-delete-no = Zadrži
my-log-deleted = Susret je obrisan.
my-log-settings = Postavke
my-log-more = Prikaži više
my-log-key-in-file = Ključ baze podataka uređaja čuva se u datoteci jer na uređaju ne radi nijedno spremište ključeva koje bi ga prihvatilo.
