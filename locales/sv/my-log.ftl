## My log: the user's own entries.

my-log-title = Min logg
# Variables:
#   $occasions (Number) - occasions logged this week
#   $people (Number) - people reached this week
my-log-week = Den här veckan: { $occasions } { $occasions ->
    [one] tillfälle
   *[other] tillfällen
}, { $people } { $people ->
    [one] person
   *[other] personer
} nådda
# Variables:
#   $occasions (Number) - occasions logged this month
#   $people (Number) - people reached this month
my-log-month = Den här månaden: { $occasions } { $occasions ->
    [one] tillfälle
   *[other] tillfällen
}, { $people } { $people ->
    [one] person
   *[other] personer
} nådda
my-log-new = Logga nytt tillfälle
my-log-drafts = Utkast att slutföra
my-log-draft-untitled = Utkast utan plats
my-log-empty = Inga tillfällen loggade än.
my-log-not-sent = Inte skickat än
# Variables:
#   $count (Number) - people reached at the occasion
my-log-people = { $count } { $count ->
    [one] person
   *[other] personer
}
my-log-sent = Mottaget av kommunen
my-log-refused = Avvisat av kommunen – öppna och spara igen
# Variables:
#   $name (String) - the colleague who logged an occasion the user co-hosted
my-log-hosted-by = Loggat av { $name }
my-log-delete = Ta bort
my-log-delete-question = Ta bort tillfället?
my-log-delete-yes = Ta bort
my-log-delete-no = Behåll
my-log-deleted = Tillfället togs bort.
my-log-settings = Inställningar
my-log-more = Visa fler
my-log-key-in-file = Nyckeln till enhetens databas ligger i en fil, eftersom ingen nyckelring på enheten är igång och tar emot den.
