## The frame around every page: name, navigation, shared actions and errors.

app-name = { -brand-name }
nav-label = Päävalikko
nav-log = Kirjaa
nav-my-log = Omat kirjaukset
nav-coordinator = Koordinointi
nav-language = Kieli
action-dismiss = Sulje
action-undo = Kumoa

error-invalid = Lomakkeessa on korjattavaa ennen kuin sen voi tallentaa.
error-invalid-profile = Profiilista puuttuu tietoja.
error-not-found = Kirjausta ei ole enää olemassa.
error-not-a-draft = Tallennetusta kirjauksesta ei voi enää tehdä luonnosta.
error-newer-schema = Laitteen tietokanta on peräisin sovelluksen uudemmasta versiosta. Päivitä sovellus.
error-storage = Laitteen tallennustila ei toimi juuri nyt. Mitään uutta ei tallennettu; yritä uudelleen.
error-locked = Laitteella olevia tietoja ei voi avata: niiden avain puuttuu tai ei täsmää. Mitään ei ole poistettu. Ota yhteyttä koordinaattoriisi.
error-internal = Sovelluksessa tapahtui virhe. Yritä uudelleen.
error-unauthorized = Laitetta ei ole yhdistetty kuntaan, tai yhteys ei ole enää voimassa.
error-revoked = Koordinaattori on irrottanut laitteen. Laitteella olevat tiedot poistetaan.
error-update-required = Sovellus on liian vanha kunnan palvelimelle. Päivitä sovellus.
error-bad-request = Palvelin ei pystynyt lukemaan pyyntöä.
error-too-large = Lähetetty tieto oli liian suuri palvelimelle.
error-sequence-gap = Lähetyksestä puuttui joitakin muutoksia; ne lähetetään uudelleen.
error-invalid-code = Koodi on tuntematon, jo käytetty tai liian vanha. Pyydä koordinaattorilta uusi koodi.
error-code-used-elsewhere = Koodilla on jo yhdistetty toinen laite. Pyydä koordinaattorilta uusi koodi.
error-invalid-server = Palvelimen osoitteen on alettava merkeillä https://. Kysy oikea osoite koordinaattoriltasi.
error-unsent-entries = Edellisen käyttäjän tilaisuudet eivät ole vielä saapuneet palvelimelle.
error-unavailable = Palvelin ei pystynyt suorittamaan tätä juuri nyt. Mitään ei muutettu; yritä uudelleen.
error-offline = Palvelimeen ei saatu yhteyttä. Odottavat tiedot lähetetään, kun verkkoyhteys on käytettävissä.
error-wrong-login = Väärä käyttäjätunnus tai salasana.
error-too-many-attempts = Liian monta epäonnistunutta kirjautumista. Odota vartti ja yritä uudelleen.
error-forbidden = Roolisi tai projektisi eivät anna pääsyä tähän.
error-account-disabled = Käyttäjätili on poistettu käytöstä. Ota yhteyttä ylläpitäjään.
error-weak-password = Salasanassa on oltava vähintään 12 merkkiä.
error-handed-in = Raportti on jätetty, eikä se enää muutu.

stepper-decrease = Vähennä
stepper-increase = Lisää
count-not-a-number = Kirjoita kokonaisluku, esimerkiksi 3.
# Variables:
#   $max (Number) - the largest count accepted for one group
count-too-large = Yli { $max } ei ole realistinen määrä yhdessä tilaisuudessa.
