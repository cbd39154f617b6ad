## The coordinator pages in a browser: logging in and the logged occasions.

coordinator-login-title = Kirjaudu koordinaattorina
coordinator-login-name = Käyttäjätunnus
coordinator-password = Salasana
coordinator-login-button = Kirjaudu
coordinator-logout = Kirjaudu ulos
coordinator-activities-title = Kirjatut tilaisuudet
coordinator-from = Alkupäivä
coordinator-to = Loppupäivä
coordinator-project = Projekti
coordinator-all-projects = Kaikki projektini
coordinator-column-date = Päivämäärä
coordinator-column-project = Projekti
coordinator-column-area = Alue
coordinator-column-venue = Paikka
coordinator-column-people = Tavoitetut
coordinator-column-author = Kirjaaja
coordinator-previous = Edellinen
coordinator-next = Seuraava
# Variables:
#   $name (String) - the coordinator's name
coordinator-logged-in-as = Kirjautuneena: { $name }
# Variables:
#   $count (Number) - occasions that match the filter
coordinator-total = { $count ->
    [0] Ei tilaisuuksia.
    [one] { $count } tilaisuus.
   *[other] { $count } tilaisuutta.
}
coordinator-nav-activities = Tilaisuudet
coordinator-nav-overview = Yleiskatsaus
coordinator-overview-title = Yleiskatsaus
coordinator-occasions = tilaisuutta
coordinator-hours = tuntia
coordinator-people-total = tavoitettua henkilöä
coordinator-active-guides = aktiivista terveysopasta ja työntekijää
coordinator-by-month = Tavoitetut kuukausittain
coordinator-by-area = Alueittain
coordinator-topics = Aiheet
coordinator-languages = Kielet
coordinator-column-occasions = Tilaisuudet
# Variables:
#   $women, $men, $girls, $boys, $other (Number) - people reached of each gender
coordinator-by-gender = Naiset { $women }, miehet { $men }, tytöt { $girls }, pojat { $boys }, muu tai ei ilmoitettu { $other }.

## Entries in full, corrections and review marks.

coordinator-details = Näytä
coordinator-field-format = Muoto
coordinator-field-minutes = Minuutit
coordinator-field-note = Muistiinpano
coordinator-reviewed = Tarkastettu
coordinator-reviewed-any = Kaikki
coordinator-filter-any = Kaikki
coordinator-reviewed-waiting = Odottaa tarkastusta
coordinator-reviewed-done = Tarkastetut
coordinator-yes = Kyllä
coordinator-no = Ei
coordinator-mark-reviewed = Merkitse tarkastetuksi
coordinator-mark-unreviewed = Poista tarkastusmerkintä
coordinator-correct-title = Korjaa kenttä
coordinator-correct-field = Kenttä
coordinator-correct-value = Uusi arvo
coordinator-correct-button = Korjaa
coordinator-corrected = Korjaus on tallennettu. Se siirtyy oppaan laitteille seuraavassa synkronoinnissa.
coordinator-bad-value = Arvo ei sovi kenttään: määrä on kokonaisluku, ja päivämäärä kirjoitetaan muodossa YYYY-MM-DD.
coordinator-by-gender-title = Tavoitetut sukupuolen ja ikäryhmän mukaan
coordinator-venues = Paikat

## Kept conflicts.

coordinator-nav-conflicts = Ristiriidat
coordinator-conflicts-title = Ratkaistavat ristiriidat
# Variables:
#   $count (Number) - open conflicts
coordinator-conflicts-count = { $count ->
    [0] Ratkaistavia ristiriitoja ei ole.
    [one] { $count } ristiriita odottaa ratkaisua.
   *[other] { $count } ristiriitaa odottaa ratkaisua.
}
coordinator-conflict-field = Kenttä
coordinator-conflict-kept = Tallennettu arvo
coordinator-conflict-lost = Syrjäytetty arvo
# Variables:
#   $name (String) - the device or coordinator whose value lost
coordinator-conflict-lost-by = lähde: { $name }
coordinator-conflict-keep = Pidä tallennettu arvo
coordinator-conflict-take = Ota toinen arvo

## People and devices.

coordinator-nav-people = Henkilöt ja laitteet
coordinator-people-title = Henkilöt ja laitteet
coordinator-person-name = Nimi
coordinator-person-role = Rooli
coordinator-role-guide = Terveysopas
coordinator-role-staff = Työntekijä
coordinator-role-coordinator = Koordinaattori
coordinator-role-admin = Ylläpitäjä
coordinator-role-viewer = Lukija (ohjausryhmä, osarahoittaja)
coordinator-devices = Laitteet
# Variables:
#   $version (String) - the app's version, $seen (String) - when the device last synced
coordinator-device-line = Versio { $version }, viimeksi synkronoitu { $seen }
coordinator-never = ei koskaan
coordinator-revoked = Irrotettu
coordinator-revoke = Irrota
coordinator-issue-code = Uusi koodi laitteen yhdistämiseen
# Variables:
#   $name (String) - the person the code is for
coordinator-code-for = Kertakäyttökoodi henkilölle { $name }:
# Variables:
#   $at (String) - when the code stops working (UTC)
coordinator-code-expires = Voimassa { $at } asti (UTC).
coordinator-code-qr = QR-koodi, jossa on palvelimen osoite ja kertakäyttökoodi
coordinator-new-person = Lisää henkilö
coordinator-create-person = Lisää

## Reference lists.

coordinator-nav-reference = Luettelot
coordinator-reference-title = Luettelot ja projektit
coordinator-list = Luettelo
coordinator-list-projects = Projektit
coordinator-list-questions = Kysymysluokat
coordinator-list-referrals = Ohjauskohteet
coordinator-list-outcomes = Tulokset
coordinator-list-development-areas = Kehittämisalueet
coordinator-list-partners = Yhteistyökumppanit
coordinator-code = Koodi
coordinator-retired = Poistettu käytöstä
coordinator-add-item = Lisää luetteloon
coordinator-add-target = Lisää jakso
coordinator-project-start = Projekti alkaa
coordinator-project-end = Projekti päättyy (loppuraportti jätetään kuukautta myöhemmin)
coordinator-save-reference = Tallenna luettelot
coordinator-reference-saved = Luettelot on tallennettu. Ne siirtyvät laitteille seuraavassa synkronoinnissa.

## Accounts: an administrator disables and enables them and hands out password resets; a
## coordinator changes their own password, or chooses one with a one-time code.

account-column = Tili
account-disabled = Poistettu käytöstä
account-disable = Poista tili käytöstä
# Variables:
#   $name (String) - the person whose account is disabled
account-disable-confirm = Poistetaanko henkilön { $name } tili käytöstä? Hänen kirjautumisensa päättyvät ja hänen laitteensa irrotetaan heti; laitteilla olevat tiedot poistetaan, kun laitteet synkronoidaan seuraavan kerran.
account-disable-yes = Kyllä, poista käytöstä
account-enable = Ota tili käyttöön
account-cancel = Peruuta
account-reset = Nollaa salasana
# Variables:
#   $name (String) - the person the code is for
#   $login (String) - the login name they log in with
account-reset-for = Kertakäyttökoodi henkilölle { $name }, jonka käyttäjätunnus on { $login }:
# Variables:
#   $at (String) - date and time (UTC) the code stops working
account-reset-expires = Koodia voi käyttää kerran, { $at } asti (UTC). Anna se vain henkilölle itselleen.
password-change = Vaihda salasana
password-current = Nykyinen salasana
password-new = Uusi salasana (vähintään 12 merkkiä)
password-repeat = Kirjoita uusi salasana uudelleen
password-mismatch = Uudet salasanat eivät ole samat.
password-changed = Salasana on vaihdettu. Kaikki tilin muut kirjautumiset on päätetty.
password-reset-link = Oletko saanut kertakäyttökoodin salasanan valitsemista varten?
password-reset-title = Valitse uusi salasana
password-reset-code = Kertakäyttökoodi
password-reset-done = Salasana on valittu. Kirjaudu sisään uudella salasanalla.
session-ended = Sinut on kirjattu ulos, koska sivua ei käytetty tuntiin tai salasana vaihdettiin. Kirjaudu sisään uudelleen.
coordinator-code-link = Tai lähetä linkki, jonka sovellus hyväksyy liitettynä:
coordinator-volunteer-hours = Vapaaehtoistunnit
coordinator-volunteer-hours-about = Tilaisuudet ja tunnit, jotka kukin on jaksolla kirjannut tai vetänyt yhdessä ne kirjanneen kanssa (omine tunteineen); myös ne, joilla ei ole mitään.
coordinator-volunteer-hours-none = Projektissa ei ole ketään tällä jaksolla.

## Retention (gallring), for administrators.
#   $day (String) - the first day kept, written out
#   $older (Number) - entries older than that
#   $thinned (Number) - entries thinned out
coordinator-nav-retention = Säilytysaika
retention-title = Säilytysaika
retention-about = Kuinka kauan tilaisuudet säilytetään, laskettuna päivästä, jona ne pidettiin. Vanhemmat tilaisuudet poistetaan yhdessä kaiken niistä tallennetun kanssa. Jätetyt raportit säilyvät sellaisina kuin ne jätettiin.
retention-months = Säilytysaika kuukausina (tyhjä: pysyvästi)
retention-save = Tallenna
retention-forever = Tilaisuudet säilytetään pysyvästi.
retention-state = Tilaisuudet säilytetään { $day } alkaen. { $older ->
    [0] Vanhempia tilaisuuksia ei ole.
    [one] Yksi tilaisuus on vanhempi.
   *[other] { $older } tilaisuutta on vanhempia.
}
retention-thin = Poista nyt
retention-thin-question = { $older ->
    [one] Yksi tilaisuus poistetaan
   *[other] { $older } tilaisuutta poistetaan
} pysyvästi versioineen ja ristiriitoineen. Tätä ei voi perua. Poistetaanko?
retention-thin-yes = Kyllä, poista
retention-thin-no = Peruuta
retention-thinned = { $thinned ->
    [0] Poistettavia tilaisuuksia ei ollut.
    [one] Yksi tilaisuus poistettiin.
   *[other] { $thinned } tilaisuutta poistettiin.
}
