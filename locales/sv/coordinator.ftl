## The coordinator pages in a browser: logging in and the logged occasions.

coordinator-login-title = Logga in som samordnare
coordinator-login-name = Inloggningsnamn
coordinator-password = Lösenord
coordinator-login-button = Logga in
coordinator-logout = Logga ut
coordinator-activities-title = Loggade tillfällen
coordinator-from = Från
coordinator-to = Till
coordinator-project = Projekt
coordinator-all-projects = Alla mina projekt
coordinator-column-date = Datum
coordinator-column-project = Projekt
coordinator-column-area = Område
coordinator-column-venue = Plats
coordinator-column-people = Nådda
coordinator-column-author = Loggat av
coordinator-previous = Föregående
coordinator-next = Nästa
# Variables:
#   $name (String) - the coordinator's name
coordinator-logged-in-as = Inloggad som { $name }
# Variables:
#   $count (Number) - occasions that match the filter
coordinator-total = { $count ->
    [0] Inga tillfällen.
    [one] { $count } tillfälle.
   *[other] { $count } tillfällen.
}
coordinator-nav-activities = Tillfällen
coordinator-nav-overview = Överblick
coordinator-overview-title = Överblick
coordinator-occasions = tillfällen
coordinator-hours = timmar
coordinator-people-total = nådda personer
coordinator-active-guides = aktiva hälsoguider och medarbetare
coordinator-by-month = Nådda per månad
coordinator-by-area = Per område
coordinator-topics = Ämnen
coordinator-languages = Språk
coordinator-column-occasions = Tillfällen
# Variables:
#   $women, $men, $girls, $boys, $other (Number) - people reached of each gender
coordinator-by-gender = Kvinnor { $women }, män { $men }, flickor { $girls }, pojkar { $boys }, annat eller ej angivet { $other }.

## Entries in full, corrections and review marks.

coordinator-details = Visa
coordinator-field-format = Form
coordinator-field-minutes = Minuter
coordinator-field-note = Anteckning
coordinator-reviewed = Granskad
coordinator-reviewed-any = Alla
coordinator-filter-any = Alla
coordinator-reviewed-waiting = Väntar på granskning
coordinator-reviewed-done = Granskade
coordinator-yes = Ja
coordinator-no = Nej
coordinator-mark-reviewed = Markera som granskad
coordinator-mark-unreviewed = Ta bort markeringen som granskad
coordinator-correct-title = Rätta ett fält
coordinator-correct-field = Fält
coordinator-correct-value = Nytt värde
coordinator-correct-button = Rätta
coordinator-corrected = Rättelsen är sparad och når guidens enheter vid nästa synkning.
coordinator-bad-value = Värdet passar inte fältet: ett antal är ett heltal, ett datum skrivs ÅÅÅÅ-MM-DD.
coordinator-by-gender-title = Nådda per kön och åldersgrupp
coordinator-venues = Platser

## Kept conflicts.

coordinator-nav-conflicts = Konflikter
coordinator-conflicts-title = Konflikter att avgöra
# Variables:
#   $count (Number) - open conflicts
coordinator-conflicts-count = { $count ->
    [0] Inga konflikter väntar.
    [one] { $count } konflikt väntar.
   *[other] { $count } konflikter väntar.
}
coordinator-conflict-field = Fält
coordinator-conflict-kept = Sparat värde
coordinator-conflict-lost = Värdet som fick vika
# Variables:
#   $name (String) - the device or coordinator whose value lost
coordinator-conflict-lost-by = från { $name }
coordinator-conflict-keep = Behåll det sparade värdet
coordinator-conflict-take = Ta det andra värdet

## People and devices.

coordinator-nav-people = Personer och enheter
coordinator-people-title = Personer och enheter
coordinator-person-name = Namn
coordinator-person-role = Roll
coordinator-role-guide = Hälsoguide
coordinator-role-staff = Medarbetare
coordinator-role-coordinator = Samordnare
coordinator-role-admin = Administratör
coordinator-role-viewer = Läsare (styrgrupp, medfinansiär)
coordinator-devices = Enheter
# Variables:
#   $version (String) - the app's version, $seen (String) - when the device last synced
coordinator-device-line = Version { $version }, senast synkad { $seen }
coordinator-never = aldrig
coordinator-revoked = Bortkopplad
coordinator-revoke = Koppla bort
coordinator-issue-code = Ny kod för att koppla en enhet
# Variables:
#   $name (String) - the person the code is for
coordinator-code-for = Engångskod för { $name }:
# Variables:
#   $at (String) - when the code stops working (UTC)
coordinator-code-expires = Gäller till { $at } (UTC).
coordinator-code-qr = QR-kod med serverns adress och engångskoden
coordinator-new-person = Lägg till en person
coordinator-create-person = Lägg till

## Reference lists.

coordinator-nav-reference = Listor
coordinator-reference-title = Listor och projekt
coordinator-list = Lista
coordinator-list-projects = Projekt
coordinator-list-questions = Frågekategorier
coordinator-list-referrals = Hänvisningar
coordinator-list-outcomes = Resultat
coordinator-list-development-areas = Målområden
coordinator-list-partners = Samverkanspartner
coordinator-code = Kod
coordinator-retired = Avvecklad
coordinator-add-item = Lägg till i listan
coordinator-add-target = Lägg till en period
coordinator-project-start = Projektet startar
coordinator-project-end = Projektet slutar (slutrapporten lämnas en månad senare)
coordinator-save-reference = Spara listorna
coordinator-reference-saved = Listorna är sparade och når enheterna vid nästa synkning.

## Accounts: an administrator disables and enables them and hands out password resets; a
## coordinator changes their own password, or chooses one with a one-time code.

account-column = Konto
account-disabled = Avstängt
account-disable = Stäng av kontot
# Variables:
#   $name (String) - the person whose account is disabled
account-disable-confirm = Stänga av kontot för { $name }? Hens inloggningar avslutas och hens enheter kopplas bort direkt; det som finns på enheterna raderas nästa gång de synkar.
account-disable-yes = Ja, stäng av
account-enable = Aktivera kontot
account-cancel = Avbryt
account-reset = Återställ lösenordet
# Variables:
#   $name (String) - the person the code is for
#   $login (String) - the login name they log in with
account-reset-for = Engångskod för { $name }, som loggar in som { $login }:
# Variables:
#   $at (String) - date and time (UTC) the code stops working
account-reset-expires = Koden kan användas en gång, fram till { $at } (UTC). Lämna den bara till personen själv.
password-change = Byt lösenord
password-current = Nuvarande lösenord
password-new = Nytt lösenord (minst 12 tecken)
password-repeat = Skriv det nya lösenordet igen
password-mismatch = De två nya lösenorden är inte lika.
password-changed = Lösenordet är bytt. Alla andra inloggningar med kontot har avslutats.
password-reset-link = Har du fått en engångskod för att välja lösenord?
password-reset-title = Välj ett nytt lösenord
password-reset-code = Engångskod
password-reset-done = Lösenordet är valt. Logga in med det nya lösenordet.
session-ended = Du har loggats ut, eftersom sidan inte användes på en timme eller lösenordet byttes. Logga in igen.
coordinator-code-link = Eller skicka länken, som appen tar emot inklistrad:
coordinator-volunteer-hours = Volontärtimmar
coordinator-volunteer-hours-about = Tillfällen och timmar som var och en loggat under perioden, eller hållit i tillsammans med den som loggade (med sin egen tid); också de som inte har något.
coordinator-volunteer-hours-none = Ingen i projektet under perioden.

## Retention (gallring), for administrators.
#   $day (String) - the first day kept, written out
#   $older (Number) - entries older than that
#   $thinned (Number) - entries thinned out
coordinator-nav-retention = Gallring
retention-title = Gallring
retention-about = Hur länge tillfällen sparas, räknat från dagen de ägde rum. Äldre tillfällen gallras bort med allt som sparats om dem. Inlämnade rapporter står kvar som de lämnades in.
retention-months = Spara i antal månader (tomt: för alltid)
retention-save = Spara
retention-forever = Tillfällen sparas för alltid.
retention-state = Tillfällen sparas från och med { $day }. { $older ->
    [0] Inget tillfälle är äldre.
    [one] Ett tillfälle är äldre.
   *[other] { $older } tillfällen är äldre.
}
retention-thin = Gallra nu
retention-thin-question = { $older ->
    [one] Ett tillfälle tas bort
   *[other] { $older } tillfällen tas bort
} för alltid, med sina versioner och konflikter. Det går inte att ångra. Gallra?
retention-thin-yes = Ja, gallra
retention-thin-no = Avbryt
retention-thinned = { $thinned ->
    [0] Inget tillfälle behövde gallras.
    [one] Ett tillfälle gallrades bort.
   *[other] { $thinned } tillfällen gallrades bort.
}
