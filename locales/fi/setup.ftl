## First start: language, name and projects.

setup-title = Tervetuloa { -brand-name }-sovellukseen
setup-intro = Tässä kirjaat tapaamisesi asukkaiden kanssa: missä, milloin, mistä aiheesta ja kuinka monta. Et koskaan sitä, kuka.
setup-language = Kieli
setup-name = Nimesi
setup-name-hint = Nimesi näkyy koordinaattoreille, ei asukkaille.
setup-projects = Projektisi
setup-start = Aloita kirjaaminen
setup-problem-name-missing = Kirjoita nimesi.
setup-problem-name-too-long = Nimi on liian pitkä.
setup-problem-no-project = Valitse vähintään yksi projekti.
# Variables:
#   $time (String) - date and time when the device's data was erased
setup-erased = Koordinaattori on katkaissut tämän laitteen yhteyden kuntaan. Kaikki laitteella olleet tiedot poistettiin { $time }. Voit aloittaa alusta ja yhdistää laitteen uudella koodilla.
