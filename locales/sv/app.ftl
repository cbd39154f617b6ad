## The frame around every page: name, navigation, shared actions and errors.

app-name = { -brand-name }
nav-label = Huvudmeny
nav-log = Logga
nav-my-log = Min logg
nav-language = Språk
action-dismiss = Stäng
action-undo = Ångra

error-invalid = Något i formuläret behöver rättas innan det kan sparas.
error-invalid-profile = Profilen är inte fullständig.
error-not-found = Posten finns inte längre.
error-not-a-draft = En sparad post kan inte bli ett utkast igen.
error-newer-schema = Databasen på enheten kommer från en nyare version av appen. Uppdatera appen.
error-storage = Enhetens lagring fungerar inte just nu. Inget nytt har sparats; försök igen.
error-internal = Något gick fel i appen. Försök igen.

stepper-decrease = Minska
stepper-increase = Öka
count-not-a-number = Skriv ett heltal, till exempel 3.
# Variables:
#   $max (Number) - the largest count accepted for one group
count-too-large = Mer än { $max } är inte rimligt för ett tillfälle.
