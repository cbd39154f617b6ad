## My log: the user's own entries.

my-log-title = Omat kirjaukset
# Variables:
#   $occasions (Number) - occasions logged this week
#   $people (Number) - people reached this week
my-log-week = Tällä viikolla: { $occasions } { $occasions ->
    [one] tilaisuus
   *[other] tilaisuutta
}, tavoitettu { $people } { $people ->
    [one] henkilö
   *[other] henkilöä
}
# Variables:
#   $occasions (Number) - occasions logged this month
#   $people (Number) - people reached this month
my-log-month = Tässä kuussa: { $occasions } { $occasions ->
    [one] tilaisuus
   *[other] tilaisuutta
}, tavoitettu { $people } { $people ->
    [one] henkilö
   *[other] henkilöä
}
my-log-new = Kirjaa uusi tilaisuus
my-log-drafts = Keskeneräiset luonnokset
my-log-draft-untitled = Luonnos ilman paikkaa
my-log-empty = Tilaisuuksia ei ole vielä kirjattu.
my-log-not-sent = Ei vielä lähetetty
# Variables:
#   $count (Number) - people reached at the occasion
my-log-people = { $count } { $count ->
    [one] henkilö
   *[other] henkilöä
}
my-log-sent = Kunta on vastaanottanut
my-log-refused = Kunta hylkäsi – avaa ja tallenna uudelleen
# Variables:
#   $name (String) - the colleague who logged an occasion the user co-hosted
my-log-hosted-by = Kirjannut { $name }
my-log-delete = Poista
my-log-delete-question = Poistetaanko tilaisuus?
my-log-delete-yes = Poista
my-log-delete-no = Säilytä
my-log-deleted = Tilaisuus poistettiin.
my-log-settings = Asetukset
my-log-more = Näytä lisää
my-log-key-in-file = Laitteen tietokannan avain on tiedostossa, koska laitteella ei ole käynnissä avainnippua, joka ottaisi sen vastaan.
