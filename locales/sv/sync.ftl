## Sync with the municipality's server.

sync-title = Anslutning till kommunen
sync-intro = Med en kod från din samordnare skickas det du loggar till kommunen när enheten har nätverk.
sync-server = Serverns adress
sync-code = Kod från samordnaren
sync-connect = Anslut
# Variables:
#   $server (String) - the server address
sync-connected = Ansluten till { $server }
sync-now = Synka nu
sync-running = Synkar…
# Variables:
#   $sent (Number) - changes sent so far in this sync
#   $total (Number) - changes to send in this sync
sync-progress = Skickar { $sent } av { $total }…
sync-never = Ingen synk har lyckats än.
# Variables:
#   $time (String) - date and time of the last success
sync-last-success = Senaste lyckade synk: { $time }.
# Variables:
#   $count (Number) - entries waiting to be sent
sync-waiting = { $count ->
    [0] Inget väntar.
    [one] { $count } tillfälle väntar på att skickas.
   *[other] { $count } tillfällen väntar på att skickas.
}
# Variables:
#   $reason (String) - why the attempt failed, already a sentence
sync-failed = Senaste försöket misslyckades: { $reason }
# Variables:
#   $count (Number) - occasions of the previous user of this device that the server does not have
sync-handover-unsent = { $count ->
    [one] { $count } tillfälle som den förra användaren loggade har inte nått servern och kan inte skickas just nu. Om du ansluter som ny användare raderas det från enheten.
   *[other] { $count } tillfällen som den förra användaren loggade har inte nått servern och kan inte skickas just nu. Om du ansluter som ny användare raderas de från enheten.
}
sync-handover-discard = Radera och anslut
sync-handover-cancel = Avbryt
sync-new-code = Anslut med en ny kod
status-offline = Ingen nätverksanslutning. Det du loggar sparas på enheten och skickas sedan.
sync-scan = Skanna QR-koden från samordnaren
# Variables:
#   $host (String) - the server's name, from the link or QR code
sync-connect-to = Enheten ansluts till { $host }.
