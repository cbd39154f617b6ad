## The frame around every page: name, navigation, shared actions and errors.

app-name = { -brand-name }
nav-label = Glavni meni
nav-log = Zabilježi
nav-my-log = Moj dnevnik
nav-coordinator = Koordinacija
nav-language = Jezik
action-dismiss = Zatvori
action-undo = Poništi

error-invalid = Nešto u obrascu treba ispraviti prije nego što se može sačuvati.
error-invalid-profile = Profil nije potpun.
error-not-found = Ovaj unos više ne postoji.
error-not-a-draft = Sačuvani unos ne može ponovo postati nacrt.
error-newer-schema = Baza podataka na uređaju je iz novije verzije aplikacije. Ažurirajte aplikaciju.
error-storage = Memorija uređaja trenutno ne radi. Ništa novo nije sačuvano; pokušajte ponovo.
error-locked = Podaci na uređaju ne mogu se otvoriti: njihov ključ nedostaje ili se ne podudara. Ništa nije obrisano. Obratite se svom koordinatoru.
error-internal = Nešto je pošlo naopako u aplikaciji. Pokušajte ponovo.
error-unauthorized = Uređaj nije povezan s općinom ili veza više ne važi.
error-revoked = Koordinator je isključio ovaj uređaj. Podaci na uređaju se brišu.
error-update-required = Aplikacija je prestara za server općine. Ažurirajte aplikaciju.
error-bad-request = Server nije mogao pročitati zahtjev.
error-too-large = Ono što je poslano preveliko je za server.
error-sequence-gap = Neke promjene su nedostajale pri slanju; bit će ponovo poslane.
error-invalid-code = Kod je nepoznat, već iskorišten ili prestar. Zatražite novi od koordinatora.
error-code-used-elsewhere = Ovaj kod je već iskorišten za povezivanje drugog uređaja. Zatražite novi kod od koordinatora.
error-invalid-server = Adresa servera mora počinjati s https://. Pitajte svog koordinatora za ispravnu adresu.
error-unsent-entries = Susreti prethodnog korisnika još nisu stigli na server.
error-unavailable = Server to trenutno nije mogao završiti. Ništa nije promijenjeno; pokušajte ponovo.
error-offline = Server nije dostupan. Ono što čeka bit će poslano kada bude mreže.
error-wrong-login = Pogrešno korisničko ime ili lozinka.
error-too-many-attempts = Previše neuspješnih prijava. Sačekajte četvrt sata i pokušajte ponovo.
error-forbidden = Vaša uloga ili Vaši projekti ne daju pristup ovome.
error-account-disabled = Korisnički račun je deaktiviran. Obratite se administratoru.
error-weak-password = Lozinka mora imati najmanje 12 znakova.
error-handed-in = Izvještaj je predan i više se ne mijenja.

stepper-decrease = Smanji
stepper-increase = Povećaj
count-not-a-number = Upišite cijeli broj, na primjer 3.
# Variables:
#   $max (Number) - the largest count accepted for one group
count-too-large = Više od { $max } nije realno za jedan susret.
