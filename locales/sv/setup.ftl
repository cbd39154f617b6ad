## First start: language, name and projects.

setup-title = Välkommen till { -brand-name }
setup-intro = Här loggar du dina möten med invånare: var, när, om vad och hur många. Aldrig vem.
setup-language = Språk
setup-name = Ditt namn
setup-name-hint = Ditt namn visas för samordnarna, inte för invånarna.
setup-projects = Dina projekt
setup-start = Börja logga
setup-problem-name-missing = Skriv ditt namn.
setup-problem-name-too-long = Namnet är för långt.
setup-problem-no-project = Välj minst ett projekt.
# Variables:
#   $time (String) - date and time when the device's data was erased
setup-erased = En samordnare har kopplat bort enheten från kommunen. Allt som fanns på den raderades { $time }. Du kan börja om och ansluta med en ny kod.
