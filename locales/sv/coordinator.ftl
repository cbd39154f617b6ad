## The coordinator pages in a browser: logging in and the logged occasions.

coordinator-login-title = Logga in som samordnare
coordinator-login-name = Inloggningsnamn
coordinator-password = Lösenord
coordinator-login-button = Logga in
coordinator-logout = Logga ut
coordinator-activities-title = Loggade tillfällen
coordinator-from = Från
coordinator-to = Till
coordinator-project = Projekt
coordinator-all-projects = Alla mina projekt
coordinator-column-date = Datum
coordinator-column-project = Projekt
coordinator-column-area = Område
coordinator-column-venue = Plats
coordinator-column-people = Nådda
coordinator-column-author = Loggat av
coordinator-previous = Föregående
coordinator-next = Nästa
# Variables:
#   $name (String) - the coordinator's name
coordinator-logged-in-as = Inloggad som { $name }
# Variables:
#   $count (Number) - occasions that match the filter
coordinator-total = { $count ->
    [0] Inga tillfällen.
    [one] { $count } tillfälle.
   *[other] { $count } tillfällen.
}
coordinator-nav-activities = Tillfällen
coordinator-nav-overview = Överblick
coordinator-overview-title = Överblick
coordinator-occasions = tillfällen
coordinator-hours = timmar
coordinator-people-total = nådda personer
coordinator-active-guides = aktiva hälsoguider och medarbetare
coordinator-by-month = Nådda per månad
coordinator-by-area = Per område
coordinator-topics = Ämnen
coordinator-languages = Språk
coordinator-column-occasions = Tillfällen
# Variables:
#   $women, $men, $girls, $boys, $other (Number) - people reached of each gender
coordinator-by-gender = Kvinnor { $women }, män { $men }, flickor { $girls }, pojkar { $boys }, annat eller ej angivet { $other }.
