## The coordinator pages in a browser: logging in and the logged occasions.

coordinator-login-title = Prijava za koordinatore
coordinator-login-name = Korisničko ime
coordinator-password = Lozinka
coordinator-login-button = Prijavi se
coordinator-logout = Odjavi se
coordinator-activities-title = Zabilježeni susreti
coordinator-from = Od
coordinator-to = Do
coordinator-project = Projekat
coordinator-all-projects = Svi moji projekti
coordinator-column-date = Datum
coordinator-column-project = Projekat
coordinator-column-area = Područje
coordinator-column-venue = Mjesto
coordinator-column-people = Obuhvaćeno
coordinator-column-author = Autor unosa
coordinator-previous = Prethodna
coordinator-next = Sljedeća
# Variables:
#   $name (String) - the coordinator's name
coordinator-logged-in-as = Prijavljeni ste kao { $name }
# Variables:
#   $count (Number) - occasions that match the filter
coordinator-total = { $count ->
    [0] Nema susreta.
    [one] { $count } susret.
    [few] { $count } susreta.
   *[other] { $count } susreta.
}
coordinator-nav-activities = Susreti
coordinator-nav-overview = Pregled
coordinator-overview-title = Pregled
coordinator-occasions = susreti
coordinator-hours = sati
coordinator-people-total = obuhvaćene osobe
coordinator-active-guides = aktivni zdravstveni vodiči i uposlenici
coordinator-by-month = Obuhvaćeno po mjesecima
coordinator-by-area = Po području
coordinator-topics = Teme
coordinator-languages = Jezici
coordinator-column-occasions = Susreti
# Variables:
#   $women, $men, $girls, $boys, $other (Number) - people reached of each gender
coordinator-by-gender = Žene { $women }, muškarci { $men }, djevojčice { $girls }, dječaci { $boys }, drugo ili nije navedeno { $other }.

## Entries in full, corrections and review marks.

coordinator-details = Prikaži
coordinator-field-format = Oblik
coordinator-field-minutes = Minute
coordinator-field-note = Bilješka
coordinator-reviewed = Pregledano
coordinator-reviewed-any = Sve
coordinator-filter-any = Sve
coordinator-reviewed-waiting = Čeka pregled
coordinator-reviewed-done = Pregledani
coordinator-yes = Da
coordinator-no = Ne
coordinator-mark-reviewed = Označi kao pregledano
coordinator-mark-unreviewed = Ukloni oznaku „pregledano”
coordinator-correct-title = Ispravi polje
coordinator-correct-field = Polje
coordinator-correct-value = Nova vrijednost
coordinator-correct-button = Ispravi
coordinator-corrected = Ispravka je sačuvana i stići će na uređaje vodiča pri sljedećoj sinhronizaciji.
coordinator-bad-value = Vrijednost ne odgovara polju: broj mora biti cijeli broj, a datum se piše YYYY-MM-DD.
coordinator-by-gender-title = Obuhvaćeno po spolu i dobnoj grupi
coordinator-venues = Mjesta

## Kept conflicts.

coordinator-nav-conflicts = Konflikti
coordinator-conflicts-title = Konflikti za rješavanje
# Variables:
#   $count (Number) - open conflicts
coordinator-conflicts-count = { $count ->
    [0] Nema konflikata na čekanju.
    [one] { $count } konflikt čeka.
    [few] { $count } konflikta čekaju.
   *[other] { $count } konflikata čeka.
}
coordinator-conflict-field = Polje
coordinator-conflict-kept = Sačuvana vrijednost
coordinator-conflict-lost = Vrijednost koja je odbačena
# Variables:
#   $name (String) - the device or coordinator whose value lost
coordinator-conflict-lost-by = od { $name }
coordinator-conflict-keep = Zadrži sačuvanu vrijednost
coordinator-conflict-take = Uzmi drugu vrijednost

## People and devices.

coordinator-nav-people = Osobe i uređaji
coordinator-people-title = Osobe i uređaji
coordinator-person-name = Ime
coordinator-person-role = Uloga
coordinator-role-guide = Zdravstveni vodič
coordinator-role-staff = Uposlenik
coordinator-role-coordinator = Koordinator
coordinator-role-admin = Administrator
coordinator-role-viewer = Čitalac (upravna grupa, sufinansijer)
coordinator-devices = Uređaji
# Variables:
#   $version (String) - the app's version, $seen (String) - when the device last synced
coordinator-device-line = Verzija { $version }, posljednja sinhronizacija { $seen }
coordinator-never = nikad
coordinator-revoked = Isključen
coordinator-revoke = Isključi
coordinator-issue-code = Novi kod za povezivanje uređaja
# Variables:
#   $name (String) - the person the code is for
coordinator-code-for = Jednokratni kod za { $name }:
# Variables:
#   $at (String) - when the code stops working (UTC)
coordinator-code-expires = Važi do { $at } (UTC).
coordinator-code-qr = QR kod s adresom servera i jednokratnim kodom
coordinator-new-person = Dodaj osobu
coordinator-create-person = Dodaj

## Reference lists.

coordinator-nav-reference = Liste
coordinator-reference-title = Liste i projekti
coordinator-list = Lista
coordinator-list-projects = Projekti
coordinator-list-questions = Kategorije pitanja
coordinator-list-referrals = Upućivanja
coordinator-list-outcomes = Rezultati
coordinator-list-development-areas = Razvojna područja
coordinator-list-partners = Partneri
coordinator-code = Kod
coordinator-retired = Ukinuto
coordinator-add-item = Dodaj na listu
coordinator-add-target = Dodaj period
coordinator-project-start = Projekat počinje
coordinator-project-end = Projekat završava (završni izvještaj predaje se mjesec dana kasnije)
coordinator-save-reference = Sačuvaj liste
coordinator-reference-saved = Liste su sačuvane i stići će na uređaje pri sljedećoj sinhronizaciji.

## Accounts: an administrator disables and enables them and hands out password resets; a
## coordinator changes their own password, or chooses one with a one-time code.

account-column = Račun
account-disabled = Deaktiviran
account-disable = Deaktiviraj račun
# Variables:
#   $name (String) - the person whose account is disabled
account-disable-confirm = Deaktivirati račun osobe { $name }? Sve prijave s tim računom odmah se prekidaju, a uređaji te osobe odmah se isključuju; podaci na uređajima brišu se pri njihovoj sljedećoj sinhronizaciji.
account-disable-yes = Da, deaktiviraj
account-enable = Aktiviraj račun
account-cancel = Otkaži
account-reset = Resetuj lozinku
# Variables:
#   $name (String) - the person the code is for
#   $login (String) - the login name they log in with
account-reset-for = Jednokratni kod za { $name } (korisničko ime: { $login }):
# Variables:
#   $at (String) - date and time (UTC) the code stops working
account-reset-expires = Kod se može iskoristiti jednom, do { $at } (UTC). Predajte ga samo toj osobi lično.
password-change = Promijeni lozinku
password-current = Trenutna lozinka
password-new = Nova lozinka (najmanje 12 znakova)
password-repeat = Ponovo upišite novu lozinku
password-mismatch = Dvije nove lozinke nisu iste.
password-changed = Lozinka je promijenjena. Sve druge prijave s ovim računom su prekinute.
password-reset-link = Jeste li dobili jednokratni kod za odabir lozinke?
password-reset-title = Odaberite novu lozinku
password-reset-code = Jednokratni kod
password-reset-done = Lozinka je odabrana. Prijavite se novom lozinkom.
session-ended = Vaša prijava je prekinuta jer stranica nije korištena sat vremena ili je lozinka promijenjena. Prijavite se ponovo.
coordinator-code-link = Ili pošaljite link, koji aplikacija prihvata kada se zalijepi:
coordinator-volunteer-hours = Volonterski sati
coordinator-volunteer-hours-about = Susreti i sati koje je svaka osoba zabilježila u periodu ili vodila zajedno s osobom koja ih je zabilježila (s vlastitim vremenom); navedeni su i oni koji nemaju ništa.
coordinator-volunteer-hours-none = U ovom periodu u projektu nema nikoga.

## Retention (gallring), for administrators.
#   $day (String) - the first day kept, written out
#   $older (Number) - entries older than that
#   $thinned (Number) - entries thinned out
coordinator-nav-retention = Rok čuvanja
retention-title = Rok čuvanja
retention-about = Koliko dugo se susreti čuvaju, računajući od dana kada su održani. Stariji susreti brišu se zajedno sa svim što je o njima sačuvano. Predani izvještaji ostaju onakvi kakvi su predani.
retention-months = Broj mjeseci čuvanja (prazno: zauvijek)
retention-save = Sačuvaj
retention-forever = Susreti se čuvaju zauvijek.
retention-state = Susreti se čuvaju od { $day }. { $older ->
    [0] Nijedan susret nije stariji.
    [one] { $older } susret je stariji.
    [few] { $older } susreta su starija.
   *[other] { $older } susreta je starije.
}
retention-thin = Obriši sada
retention-thin-question = { $older ->
    [one] { $older } susret će biti obrisan
    [few] { $older } susreta će biti obrisana
   *[other] { $older } susreta će biti obrisano
} zauvijek, zajedno sa svojim verzijama i konfliktima. To se ne može poništiti. Obrisati?
retention-thin-yes = Da, obriši
retention-thin-no = Otkaži
retention-thinned = { $thinned ->
    [0] Nijedan susret nije trebalo obrisati.
    [one] { $thinned } susret je obrisan.
    [few] { $thinned } susreta su obrisana.
   *[other] { $thinned } susreta je obrisano.
}
