## The log form: one outreach occasion.

log-title-new = Novi susret
log-title-edit = Izmijeni susret
log-title-draft = Nacrt
log-project = Projekat
log-choose = Odaberite…
log-date = Datum
log-start-time = Vrijeme početka
log-duration = Trajanje
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
log-area = Područje
log-venue = Mjesto
log-venue-type = Vrsta mjesta
log-format = Oblik
log-languages = Korišteni jezici
log-topics = Teme
log-people = Broj obuhvaćenih osoba
log-people-women = Žene
log-people-men = Muškarci
log-people-girls = Djevojčice
log-people-boys = Dječaci
log-people-other = Drugo / nije navedeno
# Variables:
#   $total (Number) - everyone reached
log-people-total = Ukupno { $total } { $total ->
    [one] osoba
    [few] osobe
   *[other] osoba
}
log-new-people = Od toga novi u projektu
log-new-people-hint = Oni koji su prvi put došli u ovaj projekat. Samo brojite, ne pišite imena.
# Variables:
#   $total (Number) - referrals made in all
log-referrals = Upućivanja ({ $total })
# Variables:
#   $total (Number) - questions asked in all
log-questions = Pitanja po kategoriji ({ $total })
# Variables:
#   $total (Number) - the project's outcomes counted in all (people matched to work, CVs written...)
log-outcomes = Rezultati ({ $total })
log-partners = Partneri
log-co-hosts = Ko je još vodio susret
log-note = Bilješka
log-note-hint = Napišite šta je urađeno, nikad ko: bez imena, ličnih brojeva (personnummer), brojeva telefona ili e-mail adresa.
log-problems-title = Prije nego što se susret može sačuvati:
log-problem-missing-project = Odaberite projekat.
log-problem-missing-date = Unesite datum.
log-problem-missing-start-time = Unesite vrijeme početka.
log-problem-missing-duration = Odaberite trajanje.
log-problem-missing-area = Odaberite područje.
log-problem-missing-venue = Odaberite mjesto.
log-problem-missing-venue-type = Odaberite vrstu mjesta.
log-problem-missing-format = Odaberite oblik.
log-problem-missing-languages = Odaberite barem jedan jezik koji je korišten.
# Variables:
#   $max (Number) - the largest count accepted
log-problem-count = Jedan broj nije cijeli broj između 0 i { $max }. Ispravite označeno polje.
log-problem-missing-other = Nedostaje jedno polje.
# Variables:
#   $item (String) - the label of a list item that is no longer offered
log-problem-unknown = „{ $item }” više nije na listi. Odaberite ponovo.
# Variables:
#   $item (String) - the label of a topic
log-problem-not-in-project = Tema „{ $item }” ne pripada ovom projektu.
log-problem-section-not-used = Projekat ne koristi ovaj dio obrasca.
log-problem-bad-co-host = Neko s kim ste vodili susret više nije u projektu. Uklonite tu osobu i ponovo sačuvajte.
# Variables:
#   $item (String) - the label of a referral target or question category
log-problem-bad-line = „{ $item }” je navedeno dvaput ili s brojem nula.
# Variables:
#   $min (Number) - shortest duration in minutes
#   $max (Number) - longest duration in minutes
log-problem-duration = Trajanje mora biti između { $min } i { $max } minuta.
log-problem-new-people = Kao novo je označeno više osoba nego što ih je obuhvaćeno. Nove osobe ubrajaju se među obuhvaćene.
log-problem-date-future = Taj datum još nije došao. Odaberite današnji ili neki raniji datum.
# Variables:
#   $start (String) - the day the project started, written out in the user's language
log-problem-date-before-project = Projekat je počeo { $start }, pa odaberite taj dan ili neki kasniji datum.
# Variables:
#   $end (String) - the day the project ended, written out in the user's language
log-problem-date-after-project = Projekat se završio { $end }, pa odaberite taj dan ili neki raniji datum.
log-problem-date-not-kept = Općina čuva susrete samo od { $start } (rok čuvanja). Stariji susret se ne prima.
# Variables:
#   $max (Number) - the most characters a note may have
log-problem-note-too-long = Bilješka smije imati najviše { $max } znakova.
log-nobody-question = Na ovom susretu niko nije obuhvaćen. Želite li ga ipak sačuvati?
log-nobody-save = Da, sačuvaj
log-nobody-back = Ne, vrati se
log-unsaved-changes = Izmjene ovog susreta nisu završene. Završite ih i sačuvajte ili ih poništite.
log-discard = Poništi izmjene
log-save = Sačuvaj
log-saved = Sačuvano. Bit će poslano kada uređaj bude povezan.
log-again-title = Zabilježi isto kao ranije
