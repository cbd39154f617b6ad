## The frame around every page: name, navigation, shared actions and errors.

app-name = { -brand-name }
nav-label = Huvudmeny
nav-log = Logga
nav-my-log = Min logg
nav-coordinator = Samordning
nav-language = Språk
action-dismiss = Stäng
action-undo = Ångra

error-invalid = Något i formuläret behöver rättas innan det kan sparas.
error-invalid-profile = Profilen är inte fullständig.
error-not-found = Posten finns inte längre.
error-not-a-draft = En sparad post kan inte bli ett utkast igen.
error-newer-schema = Databasen på enheten kommer från en nyare version av appen. Uppdatera appen.
error-storage = Enhetens lagring fungerar inte just nu. Inget nytt har sparats; försök igen.
error-locked = Uppgifterna på enheten kan inte öppnas: nyckeln till dem saknas eller stämmer inte. Inget har raderats. Kontakta din samordnare.
error-internal = Något gick fel i appen. Försök igen.
error-unauthorized = Enheten är inte ansluten till kommunen, eller anslutningen gäller inte längre.
error-revoked = Enheten har kopplats bort av en samordnare. Uppgifterna på enheten raderas.
error-update-required = Appen är för gammal för kommunens server. Uppdatera appen.
error-bad-request = Servern kunde inte läsa förfrågan.
error-too-large = Det som skickades var för stort för servern.
error-sequence-gap = Några ändringar saknades i sändningen; de skickas igen.
error-invalid-code = Koden är okänd, redan använd eller för gammal. Be samordnaren om en ny.
error-code-used-elsewhere = Koden har redan använts för att ansluta en annan enhet. Be samordnaren om en ny kod.
error-invalid-server = Serverns adress ska börja med https://. Fråga din samordnare efter rätt adress.
error-unsent-entries = Den förra användarens tillfällen har inte nått servern ännu.
error-unavailable = Servern kunde inte slutföra det just nu. Inget ändrades; försök igen.
error-offline = Servern gick inte att nå. Det som väntar skickas när nätverket finns.
error-wrong-login = Fel inloggningsnamn eller lösenord.
error-too-many-attempts = För många misslyckade inloggningar. Vänta en kvart och försök igen.
error-forbidden = Din roll eller dina projekt ger inte tillgång till det här.
error-account-disabled = Kontot är avstängt. Kontakta administratören.
error-weak-password = Lösenordet måste ha minst 12 tecken.
error-handed-in = Rapporten är inlämnad och ändras inte längre.

stepper-decrease = Minska
stepper-increase = Öka
count-not-a-number = Skriv ett heltal, till exempel 3.
# Variables:
#   $max (Number) - the largest count accepted for one group
count-too-large = Mer än { $max } är inte rimligt för ett tillfälle.
