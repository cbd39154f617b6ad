## First start: language, name and projects.

setup-title = Dobro došli u { -brand-name }
setup-intro = Ovdje bilježite svoje susrete sa stanovnicima: gdje, kada, o čemu i s koliko ljudi. Nikad s kim.
setup-language = Jezik
setup-name = Vaše ime
setup-name-hint = Vaše ime vide koordinatori, a ne stanovnici.
setup-projects = Vaši projekti
setup-start = Počnite bilježiti
setup-problem-name-missing = Upišite svoje ime.
setup-problem-name-too-long = Ime je predugo.
setup-problem-no-project = Odaberite barem jedan projekat.
# Variables:
#   $time (String) - date and time when the device's data was erased
setup-erased = Koordinator je prekinuo vezu ovog uređaja s općinom. Sve što je bilo na njemu obrisano je { $time }. Možete početi ispočetka i povezati se novim kodom.
